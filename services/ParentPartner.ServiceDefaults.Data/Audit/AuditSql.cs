namespace ParentPartner.ServiceDefaults.Audit;

/// <summary>
/// The database half of the audit log, for the migration that adds it (<c>migrationBuilder.Sql(AuditSql.Create)</c>):
/// a trigger that refuses UPDATE, DELETE and TRUNCATE on the log whoever connects, and
/// <c>audit_entry_hash(...)</c>, the same hash as <see cref="AuditHash"/>, which <see cref="CopyIntoChain"/> uses to
/// bring a service's pre-chain audit rows in as the start of its chain.
/// </summary>
public static class AuditSql
{
    private const string Table = AuditEntryConfiguration.Table;

    public const string Create = $$"""
        CREATE FUNCTION audit_part(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
            SELECT coalesce(octet_length(value)::text || ':' || value, '-')
        $f$;

        CREATE FUNCTION audit_entry_hash(sequence bigint, id uuid, program_id text, at timestamptz, actor text,
            client_id text, action text, record_type text, record_id text, fields text[], purpose text,
            consent text, correlation_id text, previous_hash text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
            SELECT encode(sha256(convert_to(
                audit_part(sequence::text) || audit_part(id::text) || audit_part(program_id)
                || audit_part(((extract(epoch FROM at) * 1000000)::bigint)::text)
                || audit_part(actor) || audit_part(client_id) || audit_part(action)
                || audit_part(record_type) || audit_part(record_id)
                || audit_part(coalesce(cardinality(fields), 0)::text)
                || coalesce((SELECT string_agg(audit_part(f), '' ORDER BY o) FROM unnest(fields) WITH ORDINALITY AS t(f, o)), '')
                || audit_part(purpose) || audit_part(consent) || audit_part(correlation_id) || audit_part(previous_hash),
                'UTF8')), 'hex')
        $f$;

        CREATE FUNCTION {{Table}}_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
            RAISE EXCEPTION '{{Table}} is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
        END
        $f$;

        CREATE TRIGGER {{Table}}_append_only BEFORE UPDATE OR DELETE ON {{Table}}
            FOR EACH ROW EXECUTE FUNCTION {{Table}}_append_only();
        CREATE TRIGGER {{Table}}_no_truncate BEFORE TRUNCATE ON {{Table}}
            FOR EACH STATEMENT EXECUTE FUNCTION {{Table}}_append_only();
        """;

    public const string Drop = $"""
        DROP TRIGGER IF EXISTS {Table}_no_truncate ON {Table};
        DROP TRIGGER IF EXISTS {Table}_append_only ON {Table};
        DROP FUNCTION IF EXISTS {Table}_append_only();
        DROP FUNCTION IF EXISTS audit_entry_hash(bigint, uuid, text, timestamptz, text, text, text, text, text, text[], text, text, text, text);
        DROP FUNCTION IF EXISTS audit_part(text);
        """;

    /// <summary>
    /// Appends the rows of <paramref name="select"/> (columns id, program_id, at, actor, client_id, action,
    /// record_type, record_id, fields, purpose, consent, correlation_id; in the order they happened) to the chain,
    /// hashed as the service would have. Run in the migration that creates the log, before anything else appends.
    /// </summary>
    public static string CopyIntoChain(string select) => $$"""
        DO $copy$
        DECLARE
            r record;
            seq bigint := coalesce((SELECT max(sequence) FROM {{Table}}), 0);
            previous text := (SELECT hash FROM {{Table}} ORDER BY sequence DESC LIMIT 1);
            current text;
        BEGIN
            FOR r IN {{select}} LOOP
                seq := seq + 1;
                current := audit_entry_hash(seq, r.id, r.program_id, r.at, r.actor, r.client_id, r.action, r.record_type,
                    r.record_id, r.fields, r.purpose, r.consent, r.correlation_id, previous);
                INSERT INTO {{Table}} (id, sequence, program_id, at, actor, client_id, action, record_type, record_id,
                    fields, purpose, consent, correlation_id, previous_hash, hash)
                VALUES (r.id, seq, r.program_id, r.at, r.actor, r.client_id, r.action, r.record_type, r.record_id,
                    r.fields, r.purpose, r.consent, r.correlation_id, previous, current);
                previous := current;
            END LOOP;
        END
        $copy$;
        """;
}
