// SPDX-License-Identifier: MIT
#include "requesthead.h"

#include <QCoreApplication>

namespace latchkey::server {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestHead)
};

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7f;
}

bool isToken(std::string_view name)
{
    if (name.empty())
        return false;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f ||
            std::string_view("\"(),/:;<=>?@[\\]{}").find(c) != std::string_view::npos)
            return false;
    }
    return true;
}

std::string_view trimmed(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

bool equalsLower(std::string_view a, std::string_view lower)
{
    if (a.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}
} // namespace

RequestHead::State RequestHead::reject(int status, const char *code, const QString &message)
{
    m_rejection = {status, code, message};
    return State::Rejected;
}

RequestHead::State RequestHead::scan(std::string_view data)
{
    for (std::size_t i = m_scanned; i < data.size(); ++i) {
        const char c = data[i];
        if (!m_started) {
            // RFC 9112 §2.2: blank lines before a request line are ignored.
            if (c == '\r' || c == '\n') {
                ++m_skipped;
                continue;
            }
            m_started = true;
        }
        const std::size_t pos = i - m_skipped; // offset within this request
        if (c == '\n') {
            if (pos == 0 || data[i - 1] != '\r')
                return reject(400, "invalid_request",
                              Tr::tr("A line of the request ends with a bare LF; lines end "
                                     "with CR LF."));
            const std::size_t length = pos - 1 - m_lineStart;
            if (m_lines > 0 && length == 0) {
                m_headSize = pos + 1;
                m_scanned = i + 1;
                return validate(data.substr(m_skipped, m_headSize));
            }
            if (m_lines == 0)
                m_fieldsStart = pos + 1;
            if (++m_lines - 1 > m_limits.maxFields)
                return reject(
                    431, "header_too_large",
                    Tr::tr("The request has more than %1 header fields.").arg(m_limits.maxFields));
            m_lineStart = pos + 1;
            continue;
        }
        if (c == '\r') {
            if (i + 1 == data.size()) { // look at it again when the next byte is here
                m_scanned = i;
                return State::NeedMore;
            }
            if (data[i + 1] != '\n')
                return reject(400, "invalid_request",
                              Tr::tr("A line of the request holds a bare CR."));
        } else if (isControl(c)) {
            return reject(400, "invalid_request",
                          m_lines == 0 ? Tr::tr("The request line holds a control character.")
                                       : Tr::tr("A header holds a control character."));
        }
        const std::size_t length = pos - m_lineStart + 1;
        if (m_lines == 0 && length > m_limits.maxRequestLine + 1)
            return reject(
                414, "uri_too_long",
                Tr::tr("The request line is longer than %1 bytes.").arg(m_limits.maxRequestLine));
        if (m_lines > 0 && length > m_limits.maxField + 1)
            return reject(431, "header_too_large",
                          Tr::tr("A header field is longer than %1 bytes.").arg(m_limits.maxField));
        if (m_lines > 0 && pos - m_fieldsStart >= m_limits.maxHead)
            return reject(
                431, "header_too_large",
                Tr::tr("The request headers are larger than %1 bytes.").arg(m_limits.maxHead));
    }
    m_scanned = data.size();
    return State::NeedMore;
}

bool RequestHead::validateLine(std::string_view line)
{
    // Method SP request-target SP HTTP-version, single spaces, as RFC 9112 §3 has it.
    const std::size_t a = line.find(' ');
    const std::size_t b = a == std::string_view::npos ? a : line.find(' ', a + 1);
    if (b == std::string_view::npos || line.find(' ', b + 1) != std::string_view::npos) {
        reject(400, "invalid_request", Tr::tr("The request line must be METHOD TARGET HTTP/1.1."));
        return false;
    }
    const std::string_view method = line.substr(0, a);
    const std::string_view target = line.substr(a + 1, b - a - 1);
    const std::string_view version = line.substr(b + 1);
    if (!isToken(method) || target.empty()) {
        reject(400, "invalid_request", Tr::tr("The request line must be METHOD TARGET HTTP/1.1."));
        return false;
    }
    for (char c : target)
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
            reject(400, "invalid_request",
                   Tr::tr("The request target holds a byte that must be percent-encoded."));
            return false;
        }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        reject(400, "invalid_request", Tr::tr("Only HTTP/1.0 and HTTP/1.1 are spoken here."));
        return false;
    }
    if (target.front() != '/' && target != "*" && target.rfind("http://", 0) != 0 &&
        target.rfind("https://", 0) != 0) {
        reject(400, "invalid_request", Tr::tr("The request target must be a path."));
        return false;
    }
    return true;
}

RequestHead::State RequestHead::validate(std::string_view head)
{
    std::size_t end = head.find("\r\n");
    if (!validateLine(head.substr(0, end)))
        return State::Rejected;
    bool haveLength = false;
    bool transferEncoding = false;
    std::size_t start = end + 2;
    while (start < head.size()) {
        end = head.find("\r\n", start);
        const std::string_view line = head.substr(start, end - start);
        start = end + 2;
        if (line.empty())
            break;
        if (line.front() == ' ' || line.front() == '\t')
            return reject(400, "invalid_request", Tr::tr("Folded header lines are not accepted."));
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || !isToken(line.substr(0, colon)))
            return reject(400, "invalid_request", Tr::tr("A header line is not NAME: VALUE."));
        const std::string_view name = line.substr(0, colon);
        const std::string_view value = trimmed(line.substr(colon + 1));
        if (equalsLower(name, "content-length")) {
            bool ok = !value.empty() && value.size() <= 15;
            std::uint64_t n = 0;
            for (char c : value) {
                ok = ok && c >= '0' && c <= '9';
                n = n * 10 + std::uint64_t(c - '0');
            }
            if (!ok)
                return reject(400, "invalid_request",
                              Tr::tr("Content-Length is not a number of bytes."));
            if (haveLength && n != m_contentLength)
                return reject(400, "invalid_request",
                              Tr::tr("The request has conflicting Content-Length headers."));
            haveLength = true;
            m_contentLength = n;
        } else if (equalsLower(name, "transfer-encoding")) {
            transferEncoding = true;
        }
    }
    if (transferEncoding && haveLength)
        return reject(400, "invalid_request",
                      Tr::tr("Content-Length and Transfer-Encoding do not go together."));
    if (transferEncoding)
        return reject(411, "length_required",
                      Tr::tr("Send the body with a Content-Length, not a Transfer-Encoding."));
    if (m_contentLength > m_limits.maxBody)
        return reject(
            413, "payload_too_large",
            Tr::tr("The request body is larger than %1 bytes.").arg(qulonglong(m_limits.maxBody)));
    return State::Complete;
}

} // namespace latchkey::server
