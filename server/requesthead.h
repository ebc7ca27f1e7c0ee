// SPDX-License-Identifier: MIT
#pragma once
// The strict reading of an HTTP/1.1 request head that latchkeyd holds every request to, before
// Boost.Beast's parser takes it. Beast frames and parses; this adds what an API that fronts
// every request of a platform must refuse, and the exact status for each, so that a broken
// request always gets a JSON answer and never a silent close:
//
//   400 invalid_request       broken request line, bad header line, control bytes (NUL, …),
//                             bare CR or LF, folded headers, bad or conflicting Content-Length,
//                             Content-Length with Transfer-Encoding, a version other than
//                             HTTP/1.0 or HTTP/1.1, a target that is not a path
//   411 length_required       any Transfer-Encoding (bodies come with Content-Length)
//   413 payload_too_large     Content-Length over the body limit (answered before the body)
//   414 uri_too_long          a request line over 8 KiB
//   431 header_too_large      headers over 32 KiB, over 100 fields or a field over 8 KiB
//
// It reads bytes as they arrive (scan() picks up where it stopped), so a slow client costs one
// pass over what it sent, and a limit is enforced as soon as it is crossed.

#include <QString>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace latchkey::server {

struct HttpLimits
{
    std::size_t maxRequestLine = std::size_t(8) * 1024;
    std::size_t maxHead = std::size_t(32) * 1024;
    std::size_t maxField = std::size_t(8) * 1024;
    int maxFields = 100;
    std::uint64_t maxBody = std::uint64_t(64) * 1024;
};

struct HeadRejection
{
    int status = 400;
    const char *code = "invalid_request";
    QString message;
};

class RequestHead
{
public:
    explicit RequestHead(const HttpLimits &limits)
        : m_limits(limits)
    {}

    enum class State
    {
        NeedMore, ///< no complete head yet, nothing wrong so far
        Complete, ///< a head of headSize() bytes (after skipped() blank lines) is valid
        Rejected  ///< rejection() says why
    };

    /// Looks at \p data, the bytes of the connection from the start of this request on (the
    /// same bytes again plus what arrived since last time).
    State scan(std::string_view data);

    std::size_t skipped() const { return m_skipped; }   ///< blank lines before the request
    std::size_t headSize() const { return m_headSize; } ///< request line to the empty line
    std::uint64_t contentLength() const { return m_contentLength; }
    const HeadRejection &rejection() const { return m_rejection; }

    /// Starts over for the next request on the connection.
    void reset() { *this = RequestHead(m_limits); }

private:
    State reject(int status, const char *code, const QString &message);
    State validate(std::string_view head);
    bool validateLine(std::string_view line);

    HttpLimits m_limits;
    std::size_t m_scanned = 0;
    std::size_t m_skipped = 0;
    bool m_started = false;
    std::size_t m_lineStart = 0; ///< offset (from the first byte of the request) of this line
    int m_lines = 0;
    std::size_t m_fieldsStart = 0; ///< offset of the first header field
    std::size_t m_headSize = 0;
    std::uint64_t m_contentLength = 0;
    HeadRejection m_rejection;
};

} // namespace latchkey::server
