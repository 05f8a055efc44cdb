package org.kamgraph.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * API tokens: {@code kam_<id>_<secret>}, where the id is public (to list and revoke a token) and the secret is 32
 * random bytes. Only the SHA-256 hash of the whole token is stored (label {@code __KamApiToken}, outside the
 * model); a plain hash suffices because the secret has 256 bits of entropy, so there is nothing to guess, and it
 * keeps the check per request to one hash and a map lookup. A token is shown once, when created.
 *
 * <p>Checked tokens are remembered for {@value #CACHE_SECONDS} s (unknown ones too, so a flood of bad tokens does
 * not reach the database); revoking through this service forgets at once, a revocation by another process (the
 * {@code token} command against an external database) takes effect within that time.
 */
public final class ApiTokens {
    public static final String PREFIX = "kam_";
    static final int CACHE_SECONDS = 30;
    private static final Pattern SHAPE = Pattern.compile("kam_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
    private static final Pattern TERRITORY = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    private final Neo4jRunner runner;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, KamUser> configured = new ConcurrentHashMap<>();

    private record Cached(KamUser user, Instant expiresAt, long checkedAt) {
    }

    /** A token as listed: never its secret or hash. */
    public record TokenInfo(String id, String name, List<Role> roles, List<String> territories, String createdAt, String createdBy,
                            String expiresAt, String revokedAt, String revokedBy) {
    }

    /** A token just created: the only time its secret is shown. */
    public record Issued(String token, TokenInfo info) {
    }

    public ApiTokens(Neo4jRunner runner) {
        this.runner = runner;
    }

    /** Accepts {@code token} as {@code user} without storing it (the configured admin token). */
    public void configure(String token, KamUser user) {
        configured.put(hash(token), user);
    }

    public Issued create(String name, Set<Role> roles, Set<String> territories, OffsetDateTime expiresAt, String createdBy) {
        if (name == null || name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException("name", "must be 1 to 200 characters without control characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new BadInputException("roles", "name at least one of " + List.of(Role.values()));
        }
        Set<String> ts = new TreeSet<>(territories == null ? Set.of() : territories);
        for (String t : ts) {
            if (!TERRITORY.matcher(t).matches() || !t.strip().equals(t)) {
                throw new BadInputException("territories", "'" + t + "' is not a territory name (1 to 200 characters, no control "
                        + "characters or surrounding spaces)");
            }
        }
        if (roles.contains(Role.ADMIN) && !ts.isEmpty()) {
            throw new BadInputException("territories", "an ADMIN token sees everything; leave territories out");
        }
        if (expiresAt != null && !expiresAt.toInstant().isAfter(Instant.now())) {
            throw new BadInputException("expiresAt", "must be in the future, was " + expiresAt);
        }
        byte[] idBytes = new byte[6];
        byte[] secret = new byte[32];
        random.nextBytes(idBytes);
        random.nextBytes(secret);
        String id = HexFormat.of().formatHex(idBytes);
        String token = PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String now = now();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("hash", hash(token));
        p.put("name", name);
        List<String> roleNames = EnumSet.copyOf(roles).stream().map(Role::name).toList();
        p.put("roles", roleNames);
        p.put("territories", List.copyOf(ts));
        p.put("createdAt", now);
        p.put("createdBy", createdBy);
        p.put("expiresAt", expiresAt == null ? null : expiresAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        runner.write(Cypher.load("api-token-create"), p);
        return new Issued(token, new TokenInfo(id, name, List.copyOf(EnumSet.copyOf(roles)), List.copyOf(ts), now, createdBy,
                (String) p.get("expiresAt"), null, null));
    }

    /**
     * Revokes the live token with this id; it stops working at once in this service.
     *
     * @return the token as listed now
     * @throws NotFoundException when there is no live token with this id
     */
    public TokenInfo revoke(String id, String by) {
        record Revoked(String hash, TokenInfo info) {
        }
        List<Revoked> revoked = runner.inWrite(tx -> tx.run(Cypher.load("api-token-revoke"), Map.of("id", id, "at", now(), "by", by))
                .list(r -> new Revoked(r.get("hash").asString(), info(r))));
        if (revoked.isEmpty()) {
            throw new NotFoundException("id", "no live API token with id '" + id + "'");
        }
        cache.remove(revoked.getFirst().hash());
        return revoked.getFirst().info();
    }

    public List<TokenInfo> list() {
        return runner.read(Cypher.load("api-token-list"), Map.of(), ApiTokens::info);
    }

    /** The user a presented token stands for, if it is a live token. */
    public Optional<KamUser> authenticate(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String h = hash(token);
        KamUser fixed = configured.get(h);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        if (!SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        Cached c = cache.get(h);
        if (c == null || now - c.checkedAt() > CACHE_SECONDS * 1_000_000_000L) {
            c = lookUp(h, now);
            if (cache.size() > 100_000) {
                cache.clear();
            }
            cache.put(h, c);
        }
        if (c.user() == null || c.expiresAt() != null && !Instant.now().isBefore(c.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(c.user());
    }

    private Cached lookUp(String hash, long now) {
        List<Cached> found = runner.read(Cypher.load("api-token-by-hash"), Map.of("hash", hash), r -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            r.get("roles").asList(Value::asString).forEach(n -> Role.parse(n).ifPresent(roles::add));
            List<String> territories = r.get("territories").isNull() ? List.of() : r.get("territories").asList(Value::asString);
            String exp = r.get("expiresAt").isNull() ? null : r.get("expiresAt").asString();
            KamUser user = new KamUser(r.get("name").asString(), "token:" + r.get("id").asString(), roles, new TreeSet<>(territories));
            return new Cached(user, exp == null ? null : OffsetDateTime.parse(exp).toInstant(), now);
        });
        return found.isEmpty() ? new Cached(null, null, now) : found.getFirst();
    }

    private static TokenInfo info(Record r) {
        List<Role> roles = new ArrayList<>();
        r.get("roles").asList(Value::asString).forEach(n -> Role.parse(n).ifPresent(roles::add));
        return new TokenInfo(r.get("id").asString(), r.get("name").asString(), roles,
                r.get("territories").isNull() ? List.of() : r.get("territories").asList(Value::asString), text(r, "createdAt"),
                text(r, "createdBy"), text(r, "expiresAt"), text(r, "revokedAt"), text(r, "revokedBy"));
    }

    private static String text(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asString();
    }

    private static final java.time.format.DateTimeFormatter UTC_MILLIS =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    static String now() {
        return format(Instant.now());
    }

    /** A fixed-width UTC timestamp, so that stored instants sort as text. */
    static String format(Instant instant) {
        return UTC_MILLIS.format(instant);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
