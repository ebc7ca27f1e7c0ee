// SPDX-License-Identifier: MIT
#pragma once
// A key's usage per day as stacked bars: allowed calls, and refused ones on top. Painted here
// rather than with Qt Charts: that module is GPL-3.0 or commercial only (Latchkey is MIT), and
// thirty bars with a tooltip each take less code than its scene. Everything the bars show is
// also said in text (summary(), each bar's tooltip and the accessible description), so no
// reader depends on colour or on seeing the chart.

#include "core/usage.h"

#include <QWidget>

namespace latchkey::ui {

class UsageChart : public QWidget
{
    Q_OBJECT

public:
    explicit UsageChart(QWidget *parent = nullptr);

    /// Shows \p report; an empty one (no days) shows nothing and says it is loading.
    void setReport(const UsageReport &report);
    const UsageReport &report() const { return m_report; }
    /// "Last 30 days: 1,234 allowed, 56 refused." and the busiest day.
    QString summary() const;
    /// The index of the day whose bar is under \p pos, or -1.
    int dayAt(const QPoint &pos) const;
    /// One day for people: its date, allowed and refused calls, each refusal by its reason.
    QString dayText(int index) const;

    /// A refusal code for people: "rate_limit_exceeded" -> "Rate limited".
    static QString refusalText(const QString &code);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect() const;
    QColor allowedColor() const;
    QColor refusedColor() const;

    UsageReport m_report;
    qint64 m_max = 0;
};

} // namespace latchkey::ui
