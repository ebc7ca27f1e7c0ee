// SPDX-License-Identifier: MIT
#pragma once
// Restrictions a key can carry: origin allowlist (public
// keys), IP allowlist (CIDR), endpoint allowlist, and a rate limit. Each is parsed once, when a
// key is created or edited, into a value that answers "allowed?" cheaply on the verify path.

#include "result.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace latchkey {

/// A web origin, `scheme://host[:port]`, as browsers send it in the `Origin` header.
class Origin
{
    Q_DECLARE_TR_FUNCTIONS(Origin)

public:
    /// Normalises an origin: scheme and host lower-cased, the scheme's default port (80 for
    /// http, 443 for https) dropped, an IDN host converted to punycode (via QUrl), one trailing
    /// "/" tolerated. Only http and https are accepted; a path, query, fragment or user info is
    /// an error. `"HTTPS://Bücher.Example:443"` → `"https://xn--bcher-kva.example"`.
    /// Errors are 400 invalid_request with `param` = \p param, saying what is wrong.
    static Result<QString> normalise(QStringView text,
                                     const QString &param = QStringLiteral("origin"));
};

/// One entry of an origin allowlist: an exact origin, or a wildcard `https://*.example.com`
/// that matches any subdomain of example.com at any depth, but never example.com itself.
/// A wildcard is allowed only as the whole left-most label.
class OriginPattern
{
public:
    /// Errors are 400 invalid_request with `param` "allowed_origins".
    static Result<OriginPattern> parse(QStringView text);
    /// \p normalisedOrigin must come from Origin::normalise().
    bool matches(QStringView normalisedOrigin) const;
    /// Normalised text, e.g. "https://*.example.com".
    QString toString() const { return m_text; }

private:
    friend class OriginAllowlist;

    QString m_text;   // normalised pattern text
    QString m_prefix; // "https://" for wildcards
    QString m_suffix; // ".example.com" for wildcards (with the port, if any)
    bool m_wildcard = false;
    // Length of ".example.com" without the port: bounds the host a wildcard may match.
    qsizetype m_suffixHostLength = 0;
};

/// The origins a public key may be used from. Empty allowlist allows nothing.
class OriginAllowlist
{
public:
    static Result<OriginAllowlist> parse(const QStringList &entries);
    /// Normalises \p rawOrigin and matches it; an empty or malformed origin is never allowed.
    bool allows(QStringView rawOrigin) const;
    QStringList toStringList() const;
    bool isEmpty() const { return m_patterns.isEmpty(); }

private:
    QList<OriginPattern> m_patterns;
};

/// An IPv4 or IPv6 network in CIDR notation. A bare address is a /32 or /128.
class Cidr
{
    Q_DECLARE_TR_FUNCTIONS(Cidr)

public:
    /// Rejects bad syntax, prefix lengths out of range, and host bits set after the prefix
    /// ("10.0.0.1/8" — the message suggests "10.0.0.0/8"). Errors are 400 invalid_request
    /// with `param` "restrictions.ip_allowlist".
    static Result<Cidr> parse(QStringView text);
    /// IPv4-mapped IPv6 addresses (::ffff:10.1.2.3) match IPv4 networks.
    bool contains(const QHostAddress &address) const;
    /// Whether every address of \p other is in this network (10.0.0.0/8 covers 10.1.0.0/16).
    bool covers(const Cidr &other) const;
    QString toString() const; ///< canonical, e.g. "10.0.0.0/8", "2001:db8::/32"

private:
    friend class IpAllowlist;

    /// An address as the matcher sees it: IPv4 (also for IPv4-mapped IPv6) and always the
    /// 16 IPv6 bytes (an IPv4 address as ::ffff:a.b.c.d).
    struct Bits
    {
        std::array<quint8, 16> v6{};
        quint32 v4 = 0;
        bool isV4 = false;
    };
    static bool bitsOf(QStringView text, Bits &out);
    static bool bitsOf(const QHostAddress &address, Bits &out);
    bool containsBits(const Bits &bits) const;

    QHostAddress m_network;
    int m_prefix = 0;
    int m_family = 0; // 4, 6, or 0 for a default-constructed Cidr that contains nothing
    quint32 m_v4Network = 0;
    quint32 m_v4Mask = 0;
    std::array<quint8, 16> m_v6Network{};
};

/// The addresses a key may be used from. Empty allowlist allows every address.
class IpAllowlist
{
public:
    static Result<IpAllowlist> parse(const QStringList &entries);
    /// \p ip is a textual address; a malformed or empty one is allowed only by an empty list.
    bool allows(QStringView ip) const;
    QStringList toStringList() const;
    bool isEmpty() const { return m_networks.isEmpty(); }
    /// Whether \p other allows no address this list refuses. An empty list allows every
    /// address, so it covers everything and is covered only by another empty list.
    bool covers(const IpAllowlist &other) const;

private:
    QList<Cidr> m_networks;
};

/// An endpoint pattern `METHOD /path/with/*`. METHOD is an HTTP method or `*` (any); it may be
/// omitted ("/v1/forms/*" means any method). In the path, a `*` segment matches exactly one
/// segment, except as the last segment, where it matches one or more. Paths are compared
/// case-sensitively, without the query string; a request path containing "." or ".."
/// segments, or percent-encoded "/" or ".", never matches.
class EndpointPattern
{
    Q_DECLARE_TR_FUNCTIONS(EndpointPattern)

public:
    /// Errors are 400 invalid_request with `param` "restrictions.endpoints".
    static Result<EndpointPattern> parse(QStringView text);
    bool matches(QStringView method, QStringView path) const;
    QString toString() const; ///< canonical "POST /v1/forms/*"
    /// Whether every request \p other matches, this pattern matches too ("POST /v1/forms/*"
    /// covers "POST /v1/forms/f_1/*" but not "/v1/forms/*", which allows any method).
    bool covers(const EndpointPattern &other) const;

private:
    friend class EndpointAllowlist;

    bool matchesPath(QStringView pathWithoutQuery) const;

    QString m_method; // upper case, or "*"
    QStringList m_segments;
    bool m_anyMethod = true;
    bool m_tailWildcard = false; // last segment is "*": one or more segments
};

/// The endpoints a key may call. Empty allowlist allows every endpoint.
class EndpointAllowlist
{
public:
    static Result<EndpointAllowlist> parse(const QStringList &entries);
    bool allows(QStringView method, QStringView path) const;
    QStringList toStringList() const;
    bool isEmpty() const { return m_patterns.isEmpty(); }
    /// Whether \p other allows no request this list refuses: each of its patterns is covered
    /// by one of ours (an empty list allows everything, as for IpAllowlist::covers).
    bool covers(const EndpointAllowlist &other) const;

private:
    QList<EndpointPattern> m_patterns;
};

/// `limit` requests per `window` seconds.
struct RateLimit
{
    Q_DECLARE_TR_FUNCTIONS(RateLimit)

public:
    int limit = 0;
    int window = 0; ///< seconds

    /// limit 1 … 1 000 000 000, window 1 … 86 400 s; errors name `param` "rate_limit.limit" or
    /// "rate_limit.window".
    static Result<RateLimit> make(qint64 limit, qint64 window);
    bool operator==(const RateLimit &) const = default;
    /// Whether this lets no more through than \p bound: no higher rate (requests per second)
    /// and no bigger burst (requests in one window).
    bool noLooserThan(const RateLimit &bound) const;
};

/// The restrictions a secret key carries and, acting with keys.write, passes on (SECURITY.md
/// "Rules"): a key it creates or edits expires no later, stays within its IP and
/// endpoint allowlists, and has a rate limit no looser. Empty parts restrict nothing.
struct KeyLimits
{
    std::optional<qint64> expiresAt; ///< ms since the epoch
    IpAllowlist ips;
    EndpointAllowlist endpoints;
    std::optional<RateLimit> rateLimit;
};

/// What a rate-limit check decided, with the figures for the response headers.
struct RateLimitDecision
{
    bool allowed = true;
    int limit = 0;        ///< X-RateLimit-Limit
    int remaining = 0;    ///< X-RateLimit-Remaining (after this request)
    qint64 resetUnix = 0; ///< X-RateLimit-Reset: unix seconds when the window ends
    int retryAfter = 0;   ///< Retry-After in seconds (≥ 1) when !allowed, else 0
};

/// Fixed-window request counter per key, in memory, safe to call from several threads.
/// Windows are aligned to multiples of `window` seconds since the epoch, so N requests per
/// window are let through exactly, however many callers race.
class RateLimiter
{
public:
    RateLimitDecision hit(const QString &keyId, const RateLimit &limit, qint64 nowMs);
    /// Drops the counter of a key (after revoke or a changed limit).
    void forget(const QString &keyId);
    void clear();

private:
    struct Counter
    {
        qint64 windowStart = 0; // unix seconds
        int count = 0;
        qint64 windowEnd = 0; // unix seconds
    };
    struct Shard
    {
        std::mutex mutex;
        std::unordered_map<QString, Counter> counters;
        std::size_t sweepAt = 1024; // drop ended windows when the map grows past this
    };
    Shard &shardFor(const QString &keyId);
    std::array<Shard, 16> m_shards;
};

} // namespace latchkey
