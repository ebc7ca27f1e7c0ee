// SPDX-License-Identifier: MIT
// The bare route for bench_server.sh: latchkeyd's own HTTP layer (HttpServer: Beast on its I/O
// threads, the handler on the Qt event loop) with one route, GET /ping answering a small JSON
// object, and nothing else. latchkeyd's verify and forward-auth are measured against it, so
// the ratio is what the API itself costs on top of the transport.
//
//   ceiling_server [PORT] [--io-threads]   prints "ceiling listening on http://127.0.0.1:PORT"
// --io-threads answers on the I/O threads instead of the event loop: what the transport alone
// can do here, without the hop to the thread where core's services live.
#include "server/httpserver.h"

#include <QCoreApplication>

#include <cstdio>

using latchkey::server::HttpRequest;
using latchkey::server::HttpResponse;
using latchkey::server::HttpServer;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const quint16 wanted = argc > 1 ? quint16(QByteArray(argv[1]).toUInt()) : 0;
    latchkey::server::HttpServerOptions options;
    options.handleOnIoThreads = argc > 2 && QByteArray(argv[2]) == "--io-threads";
    HttpServer server(options, [](HttpRequest &&request, HttpServer::Respond respond) {
        if (request.method != "GET" || request.path != "/ping")
            return respond(HttpServer::errorResponse(404, "not_found", QStringLiteral("no route")));
        respond({200,
                 R"({"success":true,"data":"pong"})",
                 {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}}});
    });
    QString error;
    const quint16 port = server.listen(QHostAddress::LocalHost, wanted, &error);
    if (port == 0) {
        std::fprintf(stderr, "ceiling_server: cannot listen on 127.0.0.1:%u: %s\n",
                     unsigned(wanted), qPrintable(error));
        return 1;
    }
    std::printf("ceiling listening on http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
