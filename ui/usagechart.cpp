// SPDX-License-Identifier: MIT
#include "usagechart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace latchkey::ui {

UsageChart::UsageChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("usageChart"));
    setAccessibleName(tr("Usage per day"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void UsageChart::setReport(const UsageReport &report)
{
    m_report = report;
    m_max = 0;
    for (const UsageDay &d : m_report.days)
        m_max = std::max(m_max, d.allowed + d.refusedTotal());
    setAccessibleDescription(summary());
    update();
}

QString UsageChart::summary() const
{
    if (m_report.days.isEmpty())
        return tr("Loading usage…");
    qint64 allowed = 0, refused = 0;
    int busiest = -1;
    qint64 busiestCalls = 0;
    for (int i = 0; i < m_report.days.size(); ++i) {
        const UsageDay &d = m_report.days.at(i);
        allowed += d.allowed;
        refused += d.refusedTotal();
        if (d.allowed + d.refusedTotal() > busiestCalls) {
            busiestCalls = d.allowed + d.refusedTotal();
            busiest = i;
        }
    }
    const int days = int(m_report.days.size());
    if (busiest < 0)
        return tr("No calls in the last %n day(s).", nullptr, days);
    const QLocale locale;
    return tr("Last %n day(s): %1 allowed, %2 refused. Busiest day: %3 (%4 calls).", nullptr, days)
        .arg(locale.toString(allowed), locale.toString(refused),
             m_report.days.at(busiest).date.toString(Qt::ISODate), locale.toString(busiestCalls));
}

QString UsageChart::refusalText(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("invalid_api_key"), QT_TR_NOOP("revoked or expired")},
        {QStringLiteral("service_inactive"), QT_TR_NOOP("service inactive")},
        {QStringLiteral("origin_not_allowed"), QT_TR_NOOP("origin not allowed")},
        {QStringLiteral("ip_not_allowed"), QT_TR_NOOP("IP address not allowed")},
        {QStringLiteral("endpoint_not_allowed"), QT_TR_NOOP("endpoint not allowed")},
        {QStringLiteral("insufficient_scope"), QT_TR_NOOP("missing scope")},
        {QStringLiteral("rate_limit_exceeded"), QT_TR_NOOP("rate limited")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : tr(*it);
}

QString UsageChart::dayText(int index) const
{
    if (index < 0 || index >= m_report.days.size())
        return {};
    const UsageDay &d = m_report.days.at(index);
    const QLocale locale;
    QString text = tr("%1: %2 allowed, %3 refused")
                       .arg(d.date.toString(Qt::ISODate), locale.toString(d.allowed),
                            locale.toString(d.refusedTotal()));
    QStringList codes = d.refused.keys();
    codes.sort();
    QStringList reasons;
    for (const QString &code : codes)
        reasons << tr("%1: %2").arg(refusalText(code), locale.toString(d.refused.value(code)));
    if (!reasons.isEmpty())
        text += QLatin1Char('\n') + reasons.join(QLatin1Char('\n'));
    return text;
}

QSize UsageChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 20, line * 8};
}

QSize UsageChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 10, line * 5};
}

QRectF UsageChart::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    const int left = fm.horizontalAdvance(locale.toString(std::max<qint64>(m_max, 10))) + 6;
    const int legend = fm.height() + 4;
    return QRectF(left, legend + 2, std::max(10, width() - left - 4),
                  std::max(10, height() - legend - fm.height() - 8));
}

QColor UsageChart::allowedColor() const
{
    return palette().color(QPalette::Highlight);
}

QColor UsageChart::refusedColor() const
{
    // Orange, light enough on a dark window and dark enough on a light one; the legend and
    // the tooltips say which is which, so colour is never the only sign.
    return QColor(0xe0, 0x6c, 0x1b);
}

int UsageChart::dayAt(const QPoint &pos) const
{
    const QRectF plot = plotRect();
    const qsizetype n = m_report.days.size();
    if (n == 0 || !plot.adjusted(0, -plot.top(), 0, 0).contains(pos))
        return -1;
    const int i = int((pos.x() - plot.left()) / (plot.width() / double(n)));
    return i >= 0 && i < n ? i : -1;
}

void UsageChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const QRectF plot = plotRect();

    // Legend: two swatches with their meaning.
    qreal x = plot.left();
    const qreal sw = fm.height() * 0.7;
    for (const auto &[color, label] :
         {std::pair{allowedColor(), tr("Allowed")}, std::pair{refusedColor(), tr("Refused")}}) {
        p.fillRect(QRectF(x, (fm.height() - sw) / 2 + 1, sw, sw), color);
        x += sw + 4;
        p.setPen(text);
        p.drawText(QPointF(x, fm.ascent() + 1), label);
        x += fm.horizontalAdvance(label) + fm.height();
    }

    // Axes: the largest day's count at the top, zero at the bottom, first and last dates.
    QColor grid = text;
    grid.setAlphaF(0.25);
    p.setPen(grid);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.topLeft(), QPointF(plot.right(), plot.top()));
    p.setPen(text);
    const QLocale locale;
    const qint64 top = std::max<qint64>(m_max, 1);
    p.drawText(QRectF(0, plot.top() - fm.height() / 2.0, plot.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, locale.toString(top));
    p.drawText(QRectF(0, plot.bottom() - fm.height() / 2.0, plot.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    if (m_report.days.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter, summary());
        return;
    }
    const QRectF dates(plot.left(), plot.bottom() + 2, plot.width(), fm.height());
    p.drawText(dates, Qt::AlignLeft | Qt::AlignTop,
               m_report.days.first().date.toString(Qt::ISODate));
    p.drawText(dates, Qt::AlignRight | Qt::AlignTop,
               m_report.days.last().date.toString(Qt::ISODate));

    const qreal slot = plot.width() / qreal(m_report.days.size());
    const qreal bar = std::max<qreal>(1.0, slot * 0.7);
    for (int i = 0; i < m_report.days.size(); ++i) {
        const UsageDay &d = m_report.days.at(i);
        const qreal bx = plot.left() + i * slot + (slot - bar) / 2;
        const qreal hAllowed = plot.height() * qreal(d.allowed) / qreal(top);
        const qreal hRefused = plot.height() * qreal(d.refusedTotal()) / qreal(top);
        p.fillRect(QRectF(bx, plot.bottom() - hAllowed, bar, hAllowed), allowedColor());
        p.fillRect(QRectF(bx, plot.bottom() - hAllowed - hRefused, bar, hRefused), refusedColor());
    }
}

bool UsageChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int day = dayAt(help->pos());
        if (day >= 0)
            QToolTip::showText(help->globalPos(), dayText(day), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace latchkey::ui
