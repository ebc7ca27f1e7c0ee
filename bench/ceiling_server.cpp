// SPDX-License-Identifier: MIT
// The ceiling for bench_server.sh: a bare QHttpServer with one route, GET /ping answering a
// small JSON object. latchkeyd's verify and forward-auth are measured against it.
//
//   ceiling_server [PORT]   prints "ceiling listening on http://127.0.0.1:PORT"
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const quint16 wanted = argc > 1 ? quint16(QByteArray(argv[1]).toUInt()) : 0;
    QHttpServer server;
    server.route(QStringLiteral("/ping"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("success"), true},
                                               {QStringLiteral("data"), QStringLiteral("pong")}});
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, wanted);
    if (port == 0) {
        std::fprintf(stderr, "ceiling_server: cannot listen on 127.0.0.1:%u\n", unsigned(wanted));
        return 1;
    }
    std::printf("ceiling listening on http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
