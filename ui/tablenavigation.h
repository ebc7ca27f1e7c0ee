// SPDX-License-Identifier: MIT
#pragma once
// How the dashboard's tables take the keyboard and assistive technology (issue 15's AT-SPI walk):
// Tab and Shift+Tab leave the table for the next control instead of walking its cells (the
// arrows move between rows), and a row selected without becoming current (a screen reader's
// "select", AT-SPI's Selection interface) becomes current, so that the actions that follow the
// current row (Edit, Roll, Revoke, Remove…) follow it too.

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace latchkey::ui {

inline void useTableNavigation(QAbstractItemView *view)
{
    view->setTabKeyNavigation(false);
    QItemSelectionModel *selection = view->selectionModel();
    QObject::connect(selection, &QItemSelectionModel::selectionChanged, view, [selection] {
        const QModelIndexList rows = selection->selectedRows();
        if (rows.isEmpty() || rows.contains(selection->currentIndex().siblingAtColumn(0)))
            return;
        selection->setCurrentIndex(rows.constFirst(), QItemSelectionModel::NoUpdate);
    });
}

} // namespace latchkey::ui
