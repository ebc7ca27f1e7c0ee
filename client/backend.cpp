// SPDX-License-Identifier: MIT
#include "backend.h"

#include <QTimer>

namespace latchkey::client {

void Backend::serveLocally(quint16, QObject *context, Callback<QUrl> done)
{
    auto deliver = track(context, std::move(done));
    QTimer::singleShot(0, this, [deliver] {
        deliver(ApiError::forbidden(tr("Only the offline sandbox can be served on 127.0.0.1.")));
    });
}

} // namespace latchkey::client
