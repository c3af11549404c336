-- Passkeys (WebAuthn) for editors, in the tables Spring Security's JDBC repositories use
-- (its PostgreSQL schema): the handle each editor is known by to their authenticators, and
-- each registered passkey's public key. Nothing here is a secret.
CREATE TABLE user_entities (
    id           varchar(1000) NOT NULL PRIMARY KEY,
    name         varchar(100)  NOT NULL,
    display_name varchar(200)
);
CREATE UNIQUE INDEX user_entities_name_idx ON user_entities (name);

CREATE TABLE user_credentials (
    credential_id                varchar(1000) NOT NULL PRIMARY KEY,
    user_entity_user_id          varchar(1000) NOT NULL,
    public_key                   bytea         NOT NULL,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       NOT NULL,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       NOT NULL,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) NOT NULL
);
CREATE INDEX user_credentials_user_idx ON user_credentials (user_entity_user_id);
