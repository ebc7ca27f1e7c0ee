// SPDX-License-Identifier: MIT
#include "backend.h"

#include "core/crypto.h"

#include <QTimer>

namespace latchkey::client {

void Backend::serveLocally(quint16, QObject *context, Callback<QUrl> done)
{
    auto deliver = track(context, std::move(done));
    QTimer::singleShot(0, this, [deliver] {
        deliver(ApiError::forbidden(tr("Only the offline sandbox can be served on 127.0.0.1.")));
    });
}

void Backend::acceptInvitation(const QByteArray &, const QString &, QString password,
                               QObject *context, Callback<Done> done)
{
    crypto::wipe(password);
    auto deliver = track(context, std::move(done));
    QTimer::singleShot(0, this, [deliver] {
        deliver(ApiError::forbidden(tr("An invitation to a server is accepted by the invited "
                                       "person, from Connect to server… on their computer.")));
    });
}

void Backend::actAs(const QString &, QObject *context, Callback<Done> done)
{
    auto deliver = track(context, std::move(done));
    QTimer::singleShot(0, this, [deliver] {
        deliver(ApiError::forbidden(
            tr("Only the offline sandbox can act as another member; on a server, sign in as "
               "them.")));
    });
}

} // namespace latchkey::client
