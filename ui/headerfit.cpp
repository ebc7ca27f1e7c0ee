// SPDX-License-Identifier: MIT
#include "headerfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QPointer>

namespace latchkey::ui {

namespace {

void widen(QHeaderView *header)
{
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            continue;
        const int hint = header->sectionSizeHint(i);
        if (header->sectionSize(i) < hint)
            header->resizeSection(i, hint);
    }
}

/// Widens again when the header is shown or its font or style changes (sectionSizeHint()
/// measures with the polished font).
class TitleKeeper : public QObject
{
public:
    explicit TitleKeeper(QHeaderView *header)
        : QObject(header)
        , m_header(header)
    {
        header->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_header) {
            switch (event->type()) {
            case QEvent::Show:
            case QEvent::Polish:
            case QEvent::FontChange:
            case QEvent::StyleChange:
                widen(m_header);
                break;
            default:
                break;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QHeaderView> m_header;
};

} // namespace

void keepTitlesWhole(QHeaderView *header)
{
    widen(header);
    new TitleKeeper(header);
    QObject::connect(header, &QHeaderView::sectionCountChanged, header,
                     [header] { widen(header); });
    if (QAbstractItemModel *model = header->model())
        QObject::connect(model, &QAbstractItemModel::headerDataChanged, header,
                         [header](Qt::Orientation orientation) {
                             if (orientation == header->orientation())
                                 widen(header);
                         });
}

} // namespace latchkey::ui
