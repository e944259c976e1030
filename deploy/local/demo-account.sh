# shellcheck shell=bash
# Sourced by bin/up after everything is healthy: makes sure the demo account exists and that .local/env
# will carry a working API key for it, through campaign-service's native admin API:
#   POST /api/v1/accounts                 {"login":"demo","name":"Demo account"}  -> 201 {"id":..,"login":"demo",..}
#                                         an existing login -> 4xx (then GET /api/v1/accounts/by-login/demo finds it)
#   POST /api/v1/accounts/{id}/api-keys   {"label":"local","mode":"live"}         -> 201 {"key":"vh_live_..",..}
# both with header X-Admin-Token. Keys are stored hashed, so a key cannot be read back: the one in
# .local/env is kept while it still authenticates, otherwise a new one is issued.

CAMPAIGN_BASE=http://localhost:8081

json_first() { # NAME < json -> first value of "NAME" (string or number)
  grep -o "\"$1\"[[:space:]]*:[[:space:]]*\"\{0,1\}[^\",}]*" | head -n1 | sed 's/^[^:]*:[[:space:]]*"\{0,1\}//'
}

admin_call() { # METHOD PATH [BODY] -> sets reply_code, reply_body
  local out
  out=$(curl -sS --max-time 15 -X "$1" "$CAMPAIGN_BASE$2" -H "X-Admin-Token: $ADMIN_TOKEN" \
        -H 'Content-Type: application/json' -H 'Accept: application/json' ${3:+-d "$3"} -w '\n%{http_code}' 2>&1) || true
  reply_code=${out##*$'\n'}
  reply_body=${out%$'\n'*}
}

env_value() { # NAME -> value from the previous .local/env
  [[ -f $ENV_FILE ]] || return 0
  sed -n "s/^export $1='\(.*\)'\$/\1/p" "$ENV_FILE" | head -n1
}

api_key_works() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "X-API-Key: $1" "$CAMPAIGN_BASE/api/v1/campaigns")
  [[ $code == 200 ]]
}

demo_account_id() {
  admin_call POST /api/v1/accounts '{"login":"demo","name":"Demo account"}'
  case $reply_code in
    200|201) json_first id <<<"$reply_body"; return ;;
  esac
  local first_reply="$reply_code $reply_body"
  admin_call GET /api/v1/accounts/by-login/demo
  if [[ $reply_code == 200 ]]; then
    local id; id=$(json_first id <<<"$reply_body")
    [[ -n $id ]] && { echo "$id"; return; }
  fi
  # Last resort: the id bin/up wrote last time (the database outlived .local/env's key).
  local previous; previous=$(env_value ACCOUNT_ID)
  [[ -n $previous ]] && { echo "$previous"; return; }
  warn "cannot create or find the demo account: POST /api/v1/accounts answered $first_reply; GET /api/v1/accounts/by-login/demo answered $reply_code $reply_body"
}

ensure_demo_api_key() {
  local previous; previous=$(env_value API_KEY)
  if [[ -n $previous ]] && api_key_works "$previous"; then
    api_key=$previous; account_id=$(env_value ACCOUNT_ID)
    say "demo account: keeping the API key in .local/env"
    return 0
  fi
  account_id=$(demo_account_id)
  if [[ -z $account_id ]]; then
    demo_failed=true; return 0
  fi
  admin_call POST "/api/v1/accounts/$account_id/api-keys" '{"label":"local","mode":"live"}'
  if [[ $reply_code == 201 || $reply_code == 200 ]]; then
    api_key=$(json_first key <<<"$reply_body")
  fi
  if [[ -z $api_key ]]; then
    warn "cannot create an API key for account $account_id: $reply_code $reply_body"
    demo_failed=true; return 0
  fi
  say "demo account $account_id (login demo): new API key ${api_key:0:12}... in .local/env"
}
