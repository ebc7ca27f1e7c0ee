// SPDX-License-Identifier: MIT
#pragma once
// The Activity tab's log: filters (who, what, which key, from and to dates) that the store
// applies, a sentence per event with its time, Load more, and Export… to CSV or JSON of every
// event the filters match. The audit chain's check stays with the MainWindow above it.

#include "core/store.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace latchkey::ui {
class MessageBar;
}

namespace latchkey::client {
class Backend;
}
namespace latchkey::models {
class AuditModel;
}

namespace latchkey::ui {

class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    enum class Format
    {
        Csv,
        Json
    };

    ActivityPage(client::Backend &backend, models::AuditModel *model, QWidget *parent = nullptr);

    /// The filters as the widgets say them (dates as local days: from 00:00, to 23:59:59.999).
    AuditQuery filters() const;
    /// Gives the model the widgets' filters now (changes otherwise apply after a short pause).
    void applyFilters();
    /// Writes every event matching the applied filters to \p path; exported() or failed().
    void exportTo(const QString &path, Format format);
    QTableView *view() const { return m_view; }

signals:
    void exported(const QString &path, int count);
    void failed(const QString &message);

private:
    void refreshChoices();
    void clearFilters();
    void chooseExportFile();
    void updatePaging();

    client::Backend &m_backend;
    models::AuditModel *m_model;
    QComboBox *m_actor;
    QComboBox *m_action;
    QComboBox *m_key;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QPushButton *m_export;
    MessageBar *m_error;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_loadMore;
    QTimer *m_pause;
    QString m_choicesFor; // the workspace the who and key lists were filled for
    bool m_exporting = false;
    bool m_filtering = false; // applyFilters() is reloading the model
};

} // namespace latchkey::ui
