// SPDX-License-Identifier: MIT
#pragma once
// The font for text that must line up character by character (secrets, embed snippets). The
// system's "fixed" font is not always fixed: fontconfig may name a family whose glyphs do not
// all advance alike, or one Qt does not call fixed-pitch (Noto Sans Mono). So the glyphs are
// measured, and known monospace families are tried when they are not alike.

#include <QFont>

namespace latchkey::ui {

/// The system's fixed font if its glyphs really all advance alike, else the first known
/// monospace family on this computer whose glyphs do.
QFont monospaceFont();

/// \p preferred if its glyphs all advance alike, else the first known monospace family (at the
/// size of \p preferred) whose glyphs do, else \p preferred asking for a typewriter face.
QFont monospaceFont(const QFont &preferred);

} // namespace latchkey::ui
