// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace latchkey::server {

/// The request log: one line per answered request, from any thread. A request costs a copy
/// into memory, under a lock held for nothing else; a thread of the log's own hands the lines
/// to the sink every \p interval, or sooner when much is waiting, in the order they came.
/// A normal exit (the destructor) writes every line; a crash loses at most the last
/// interval's. Like nginx's `access_log … buffer= flush=`.
class RequestLog
{
public:
    /// Receives lines, each ending in '\n', a batch at a time; one call at a time.
    using Sink = std::function<void(const QByteArray &lines)>;

    explicit RequestLog(Sink sink,
                        std::chrono::milliseconds interval = std::chrono::milliseconds(50));
    ~RequestLog();
    RequestLog(const RequestLog &) = delete;
    RequestLog &operator=(const RequestLog &) = delete;

    /// \p line without its newline.
    void append(const QByteArray &line);
    /// Hands what waits to the sink now.
    void flush();

    /// The default sink: standard error, in writes of whole lines of at most 4 KiB each, so
    /// that a line never mixes with another writer's output (PIPE_BUF).
    static void writeToStandardError(const QByteArray &lines);
    /// \p lines cut into pieces of whole lines of at most \p most bytes each (a longer line
    /// is a piece of its own): what writeToStandardError writes, one write(2) per piece.
    static QList<QByteArrayView> pieces(const QByteArray &lines, qsizetype most);

private:
    void run();

    Sink m_sink;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex; // guards m_pending and m_stop
    std::condition_variable m_wake;
    QByteArray m_pending;
    bool m_stop = false;
    std::mutex m_writeMutex; // one batch at a time, in order
    std::thread m_thread;    // last: started when the rest exists
};

} // namespace latchkey::server
