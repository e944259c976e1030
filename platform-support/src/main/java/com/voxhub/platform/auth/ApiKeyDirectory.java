package com.voxhub.platform.auth;

import java.util.Optional;

/** Resolves a raw API key to its account; empty for unknown and revoked keys. */
public interface ApiKeyDirectory {

    Optional<AccountPrincipal> authenticate(String rawKey);
}
