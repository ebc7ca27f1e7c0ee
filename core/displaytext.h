// SPDX-License-Identifier: MIT
#pragma once
// Names and descriptions that people read: key names, webhook descriptions, workspace names
// (SECURITY.md, "Rules"). Text that hides what it says is refused: control characters (CR, LF, ESC
// …), line and paragraph separators, bidirectional controls (U+202E turns "gnp.exe" round) and text
// made only of invisible characters (zero-width spaces, fillers).

#include "result.h"

namespace latchkey {

class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    /// 400 invalid_request with \p param for text with a forbidden character (the message
    /// names it as U+XXXX) or with no visible character. Empty text is left to the caller.
    static Status check(QStringView text, const QString &param);
    /// Whether \p c is a bidirectional control (embeddings, overrides, isolates, marks).
    static bool isBidiControl(char32_t c);
    /// Whether \p c draws nothing: white space, format characters, fillers.
    static bool isInvisible(char32_t c);
};

} // namespace latchkey
