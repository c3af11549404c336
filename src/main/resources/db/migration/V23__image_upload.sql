-- Pictures uploaded in the editor: who uploaded which file, when, and the text alternative
-- they gave (offered again when the picture is inserted). The pictures themselves are
-- files in content/images, like every other piece of content.
CREATE TABLE image_upload (
    name        text        PRIMARY KEY CHECK (name ~ '^[a-z0-9]+(-[a-z0-9]+)*\.(jpg|png)$'),
    alt         text        NOT NULL CHECK (length(btrim(alt)) > 0 AND length(alt) <= 300),
    width       int         NOT NULL,
    height      int         NOT NULL,
    bytes       int         NOT NULL,
    uploaded_by text        NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now()
);
