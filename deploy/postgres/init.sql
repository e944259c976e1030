-- Run once by the postgres:17 image on an empty volume (docker-compose.yml mounts it into
-- /docker-entrypoint-initdb.d). One database per service (docs/CONVENTIONS.md); bin/up creates the same
-- four with deploy/local/tools/LocalCheck.java. Each service's Flyway migrations create its tables.
CREATE DATABASE campaign;
CREATE DATABASE dialer;
CREATE DATABASE messaging;
CREATE DATABASE webhook;
