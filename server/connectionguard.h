// SPDX-License-Identifier: MIT
#pragma once
// A guard in front of QAbstractHttpServer's HTTP/1 parser (Qt 6.4). That parser buffers a
// request line, headers and body of any size before anything sees them, and answers a request
// it cannot parse by closing the connection without a word. The guard looks at every byte
// before the parser does, frames requests the way the parser will, and answers what the API
// would never accept with the §2 JSON error envelope, then closes the connection:
//
//   400 invalid_request       broken request line, bad header line, control bytes (NUL, …),
//                             bad or conflicting Content-Length, Content-Length with
//                             Transfer-Encoding, an HTTP version other than 1.0 / 1.1
//   411 length_required       any Transfer-Encoding (bodies must come with Content-Length)
//   413 payload_too_large     Content-Length over the body limit (answered before the body)
//   414 uri_too_long          a request line over 8 KiB
//   431 header_too_large      headers over 32 KiB, over 100 fields or a field over 8 KiB
//
// Everything else reaches the parser and ApiServer unchanged.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace latchkey::server {

class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxRequestLine = qsizetype(8) * 1024;
    static constexpr qsizetype kMaxHead = qsizetype(32) * 1024;
    static constexpr qsizetype kMaxField = qsizetype(8) * 1024;
    static constexpr int kMaxFields = 100;

    /// Guards every connection \p server accepts from now on. Call before
    /// QAbstractHttpServer::bind(\p server) so that the guard reads before \p parser does;
    /// \p parser is the QAbstractHttpServer (the context of its readyRead connection).
    static void watch(QTcpServer *server, QObject *parser, qint64 maxBodyBytes);

private:
    ConnectionGuard(QTcpSocket *socket, QObject *parser, qint64 maxBodyBytes);

    enum class Phase
    {
        Idle,
        Line,
        Head,
        Body,
        Rejected
    };

    void onReadyRead();
    bool feed(char c, qint64 streamPos);
    bool lineDone();
    bool headDone(qint64 streamPos);
    bool reject(int status, const char *reason, const char *code, const QString &message);
    void finishWriting();

    QTcpSocket *m_socket;
    QPointer<QObject> m_parser;
    qint64 m_maxBody;
    Phase m_phase = Phase::Idle;
    qint64 m_consumed = 0; ///< stream position the parser has read up to
    qint64 m_scanned = 0;  ///< stream position the guard has looked at up to
    QList<qint64> m_ends;  ///< stream positions where requests end, not yet read by the parser
    QByteArray m_line;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    bool m_shutdown = false;
};

} // namespace latchkey::server
