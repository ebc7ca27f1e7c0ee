// SPDX-License-Identifier: MIT
#pragma once
// Table headers whose titles read whole in every language: a column's width set in pixels for
// the English title ("Last used", 100 px) cuts the German one ("Zuletzt verwendet").

class QHeaderView;

namespace latchkey::ui {

/// Widens each section of \p header that is narrower than its title needs (sectionSizeHint():
/// the title in the header's font, the style's margins and, where sorting is on, the sort
/// indicator), now and whenever the titles, the font or the style change. Wider sections keep
/// their width, and a person may still drag one narrower.
void keepTitlesWhole(QHeaderView *header);

} // namespace latchkey::ui
