// SPDX-License-Identifier: MIT
// IP allowlists: CIDR networks, IPv4 and IPv6.
#include "restrictions_p.h"

namespace latchkey {

using namespace restrictions_detail;

// ---------------------------------------------------------------------------------------------
// IP networks

namespace {

bool isMappedIPv4(const std::array<quint8, 16> &b)
{
    static constexpr quint8 kPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    return std::memcmp(b.data(), kPrefix, sizeof kPrefix) == 0;
}

quint32 v4FromMapped(const std::array<quint8, 16> &b)
{
    return (quint32(b[12]) << 24) | (quint32(b[13]) << 16) | (quint32(b[14]) << 8) | b[15];
}

std::array<quint8, 16> mappedFromV4(quint32 v4)
{
    std::array<quint8, 16> b{};
    b[10] = 0xff;
    b[11] = 0xff;
    b[12] = quint8(v4 >> 24);
    b[13] = quint8(v4 >> 16);
    b[14] = quint8(v4 >> 8);
    b[15] = quint8(v4);
    return b;
}

quint32 v4Mask(int prefix)
{
    return prefix == 0 ? 0u : ~quint32(0) << (32 - prefix);
}

quint8 v6MaskByte(int prefix, int index)
{
    const int bits = std::clamp(prefix - 8 * index, 0, 8);
    return quint8(0xff00u >> bits);
}

} // namespace

bool Cidr::bitsOf(const QHostAddress &address, Bits &out)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        out.isV4 = true;
        out.v4 = address.toIPv4Address();
        out.v6 = mappedFromV4(out.v4);
        return true;
    case QAbstractSocket::IPv6Protocol: {
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(out.v6.data(), a.c, 16);
        out.isV4 = isMappedIPv4(out.v6);
        out.v4 = out.isV4 ? v4FromMapped(out.v6) : 0;
        return true;
    }
    default:
        return false;
    }
}

bool Cidr::bitsOf(QStringView text, Bits &out)
{
    if (text.contains(u':')) {
        if (text.size() > 64) // the longest IPv6 text with a zone id is well below this
            return false;
        QHostAddress address;
        return address.setAddress(text.toString()) && bitsOf(address, out);
    }
    quint32 v4 = 0;
    if (!parseIPv4(text, v4))
        return false;
    out.isV4 = true;
    out.v4 = v4;
    out.v6 = mappedFromV4(v4);
    return true;
}

bool Cidr::containsBits(const Bits &bits) const
{
    if (m_family == 4)
        return bits.isV4 && (bits.v4 & m_v4Mask) == m_v4Network;
    if (m_family != 6)
        return false;
    const int whole = m_prefix / 8;
    if (std::memcmp(bits.v6.data(), m_v6Network.data(), std::size_t(whole)) != 0)
        return false;
    if (whole == 16)
        return true;
    const quint8 mask = v6MaskByte(m_prefix, whole);
    return (bits.v6[std::size_t(whole)] & mask) == m_v6Network[std::size_t(whole)];
}

Result<Cidr> Cidr::parse(QStringView text)
{
    const auto fail = [](const QString &message) {
        return ApiError::invalidRequest(ipParam(), message);
    };
    const QStringView t = text.trimmed();
    const auto quoted = [&] { return shown(t); };
    if (t.isEmpty())
        return fail(tr("An IP allowlist entry is empty; write an address such as 203.0.113.7 "
                       "or a network such as 10.0.0.0/8."));
    if (t.size() > kMaxCidrLength)
        return fail(tr("'%1' is too long for an IP address or network.").arg(quoted()));

    const qsizetype slash = t.indexOf(u'/');
    const QStringView addressText = slash < 0 ? t : t.first(slash);
    Cidr c;
    int maxPrefix = 32;
    if (!addressText.contains(u':')) {
        if (!parseIPv4(addressText, c.m_v4Network))
            return fail(tr("'%1' is not a valid IPv4 or IPv6 address; write IPv4 as four numbers "
                           "from 0 to 255 without leading zeros, e.g. 192.0.2.10.")
                            .arg(quoted()));
        c.m_family = 4;
    } else {
        if (addressText.contains(u'%'))
            return fail(tr("'%1' has an IPv6 zone id ('%'); allowlists take addresses without "
                           "one.")
                            .arg(quoted()));
        const bool charsOk = std::all_of(addressText.begin(), addressText.end(), [](QChar ch) {
            return isHexDigit(ch.unicode()) || ch == u':' || ch == u'.';
        });
        QHostAddress address;
        if (!charsOk || !address.setAddress(addressText.toString()) ||
            address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(tr("'%1' is not a valid IPv6 address.").arg(quoted()));
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(c.m_v6Network.data(), a.c, 16);
        c.m_family = 6;
        maxPrefix = 128;
    }

    int prefix = maxPrefix;
    if (slash >= 0 && (!parseDecimal(t.sliced(slash + 1), 3, prefix) || prefix > maxPrefix))
        return fail(tr("The prefix length in '%1' must be a number from 0 to %2.")
                        .arg(quoted(), QString::number(maxPrefix)));

    // An IPv4-mapped IPv6 network is the IPv4 network it maps.
    if (c.m_family == 6 && prefix >= 96 && isMappedIPv4(c.m_v6Network)) {
        c.m_family = 4;
        c.m_v4Network = v4FromMapped(c.m_v6Network);
        prefix -= 96;
    }
    c.m_prefix = prefix;

    bool hostBits = false;
    if (c.m_family == 4) {
        c.m_v4Mask = v4Mask(prefix);
        hostBits = (c.m_v4Network & c.m_v4Mask) != c.m_v4Network;
        c.m_v4Network &= c.m_v4Mask;
        c.m_network = QHostAddress(c.m_v4Network);
        c.m_v6Network = {};
    } else {
        for (int i = 0; i < 16; ++i) {
            const quint8 masked = c.m_v6Network[std::size_t(i)] & v6MaskByte(prefix, i);
            hostBits = hostBits || masked != c.m_v6Network[std::size_t(i)];
            c.m_v6Network[std::size_t(i)] = masked;
        }
        c.m_network = QHostAddress(c.m_v6Network.data());
    }
    if (hostBits)
        return fail(tr("'%1' has bits set after the /%2 prefix; did you mean '%3'?")
                        .arg(quoted(), QString::number(prefix), c.toString()));
    return c;
}

bool Cidr::contains(const QHostAddress &address) const
{
    Bits bits;
    return bitsOf(address, bits) && containsBits(bits);
}

bool Cidr::covers(const Cidr &other) const
{
    if (m_family == 0 || other.m_family == 0)
        return false;
    // In IPv6 terms an IPv4 network a.b.c.d/n is ::ffff:a.b.c.d/(96 + n).
    const int otherPrefix6 = other.m_family == 4 ? other.m_prefix + 96 : other.m_prefix;
    if (m_family == 4) {
        return other.m_family == 4 && other.m_prefix >= m_prefix &&
               (other.m_v4Network & m_v4Mask) == m_v4Network;
    }
    if (otherPrefix6 < m_prefix)
        return false;
    Bits bits;
    bits.isV4 = other.m_family == 4;
    bits.v4 = other.m_v4Network;
    bits.v6 = bits.isV4 ? mappedFromV4(other.m_v4Network) : other.m_v6Network;
    return containsBits(bits);
}

QString Cidr::toString() const
{
    if (m_family == 4)
        return ipv4ToString(m_v4Network) + u'/' + QString::number(m_prefix);
    if (m_family == 6)
        return m_network.toString() + u'/' + QString::number(m_prefix);
    return {};
}

Result<IpAllowlist> IpAllowlist::parse(const QStringList &entries)
{
    if (entries.size() > kMaxNetworks)
        return ApiError::invalidRequest(
            ipParam(),
            Cidr::tr("An IP allowlist holds at most %1 entries; merge addresses into networks "
                     "such as 10.0.0.0/8.")
                .arg(kMaxNetworks));
    IpAllowlist list;
    QSet<QString> seen;
    for (const QString &entry : entries) {
        auto cidr = Cidr::parse(entry);
        if (!cidr.ok())
            return cidr.error();
        const QString text = cidr->toString();
        if (!seen.contains(text)) {
            seen.insert(text);
            list.m_networks.append(std::move(*cidr));
        }
    }
    return list;
}

bool IpAllowlist::allows(QStringView ip) const
{
    if (m_networks.isEmpty())
        return true;
    Cidr::Bits bits;
    if (!Cidr::bitsOf(ip, bits))
        return false;
    for (const Cidr &c : m_networks)
        if (c.containsBits(bits))
            return true;
    return false;
}

bool IpAllowlist::covers(const IpAllowlist &other) const
{
    if (m_networks.isEmpty())
        return true;
    if (other.m_networks.isEmpty())
        return false;
    // Each of its networks inside one of ours: conservative (two halves of ours do not
    // together cover their whole), never wrong.
    return std::all_of(other.m_networks.begin(), other.m_networks.end(), [&](const Cidr &theirs) {
        return std::any_of(m_networks.begin(), m_networks.end(),
                           [&](const Cidr &mine) { return mine.covers(theirs); });
    });
}

QStringList IpAllowlist::toStringList() const
{
    QStringList out;
    out.reserve(m_networks.size());
    for (const Cidr &c : m_networks)
        out.append(c.toString());
    return out;
}

} // namespace latchkey
