#!/usr/bin/env bash
# Portable product code: latchkey and latchkeyd build on Linux, Windows and macOS (README,
# "Supported platforms"), so the product code (core, server, client, models, ui, app; *.cpp and
# *.h) may use a POSIX-, Linux- or Windows-only header, call, constant or path only inside a
# preprocessor group whose condition names a platform (Q_OS_UNIX, Q_OS_LINUX, Q_OS_WIN,
# Q_OS_MACOS, _WIN32, __linux__, …) and which has the other platforms' way too:
#
#   #if defined(Q_OS_UNIX)          #ifdef Q_OS_LINUX
#       … POSIX …                       … Linux only …
#   #elif defined(Q_OS_WIN)         #else
#       … Windows …                     … everywhere else …
#   #endif                          #endif
#
# A platform group with no #else, that does not name both Windows and Unix, is itself a
# failure, whatever it holds, unless what it does is not needed elsewhere and its #endif says
# why:   #endif // portable: no-op on Windows because <the reason>
#
#   scripts/check-portability.sh              scans the tree this script is in
#   scripts/check-portability.sh DIR          scans DIR (a checkout of Latchkey)
#   scripts/check-portability.sh --self-test  runs the fixtures below: each must pass or fail
# Prints FILE:LINE: TOKEN — why, for each violation; exits 1 if there is any. Comments and the
# insides of string literals are not code (a string is only checked for a platform's paths).
# What it cannot see: which branch of a complete group a call is in, and calls made through
# other names (macros, function pointers). Tests (tests/) are not product code and may use
# POSIX freely.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec python3 - "$here" "$@" <<'PY'
import pathlib
import re
import sys

PRODUCT_DIRS = ("core", "server", "client", "models", "ui", "app")

# --- What only some platforms have -----------------------------------------------------------
POSIX_HEADERS = (r"unistd\.h|sys/[\w/]+\.h|signal\.h|csignal|fcntl\.h|arpa/\w+\.h|netinet/\w+\.h"
                 r"|netdb\.h|pwd\.h|grp\.h|dlfcn\.h|termios\.h|poll\.h|dirent\.h|syslog\.h"
                 r"|spawn\.h|pthread\.h|sched\.h|libgen\.h|strings\.h")
WINDOWS_HEADERS = (r"windows\.h|qt_windows\.h|winsock2?\.h|ws2tcpip\.h|io\.h|direct\.h|process\.h"
                   r"|wincrypt\.h|bcrypt\.h|shlobj\.h|aclapi\.h|sddl\.h|conio\.h")
# Called bare or as ::name(…); x.kill(), p->close() and ns::fork() are someone else's.
POSIX_CALLS = """fork vfork pipe pipe2 socketpair kill killpg getpid getppid getuid geteuid getgid
    getegid setuid setgid setsid umask chmod fchmod chown fchown mkstemp mkdtemp sigaction
    sigemptyset sigaddset sigprocmask pthread_sigmask signal dup dup2 execv execve execvp execl
    execlp waitpid isatty fileno sysconf mmap munmap mlock munlock getpwuid getpwnam dlopen dlsym
    dlclose ioctl fsync fdatasync readlink symlink realpath usleep nanosleep alarm syslog openlog
    getrlimit setrlimit prctl""".split()
# Only as ::name(…): bare read(), close(), connect() … are Qt's member functions.
POSIX_GLOBAL_CALLS = """read write close open shutdown send recv poll select accept bind listen
    connect socket unlink sleep""".split()
POSIX_CONSTANTS = (r"SHUT_(?:RD|WR|RDWR)|O_(?:RDONLY|WRONLY|RDWR|CREAT|EXCL|TRUNC|APPEND|NONBLOCK"
                   r"|CLOEXEC|NOFOLLOW|DIRECTORY)|S_I[RWX](?:USR|GRP|OTH)|S_IRWX[UGO]"
                   r"|SA_(?:RESTART|SIGINFO|RESETHAND|NOCLDSTOP)|SIG(?!NAL\b)[A-Z0-9_]+"
                   r"|AF_UNIX|AF_LOCAL|STD(?:IN|OUT|ERR)_FILENO")
WINDOWS_WORDS = (r"SetConsoleCtrlHandler|GenerateConsoleCtrlEvent|CTRL_\w+_EVENT|CreateFile[AW]?"
                 r"|CloseHandle|GetLastError|WaitForSingleObject|CreateEvent[AW]?|SetEvent|Sleep"
                 r"|WSAStartup|WSACleanup|WSAGetLastError|closesocket|ioctlsocket|DWORD|HANDLE|BOOL"
                 r"|WINAPI|HWND|HRESULT|LPCWSTR|LPWSTR|SecureZeroMemory|CryptProtectData"
                 r"|CryptUnprotectData|_setmode|_fileno|_isatty|_getpid|_unlink|_chmod|_umask"
                 r"|_open|_close|_read|_write")

CODE_RULES = [
    (re.compile(r"#\s*include\s*<(" + POSIX_HEADERS + r")>"), "a POSIX-only header"),
    (re.compile(r"#\s*include\s*<((?i:" + WINDOWS_HEADERS + r"))>"), "a Windows-only header"),
    (re.compile(r"(?<![\w.>:])(?:::)?\b(" + "|".join(POSIX_CALLS) + r")\s*\("),
     "a POSIX-only call"),
    (re.compile(r"(?<![\w:])::(" + "|".join(POSIX_GLOBAL_CALLS) + r")\s*\("),
     "a POSIX file-descriptor or socket call"),
    (re.compile(r"\b(" + POSIX_CONSTANTS + r")\b"), "a POSIX-only constant"),
    (re.compile(r"\b(" + WINDOWS_WORDS + r")\b"), "a Windows-only API"),
]
STRING_RULES = [
    (re.compile(r"^(?:file://)?(/(?:proc|dev|sys|tmp|etc|usr|var|run|home))(?:/|$)"),
     "a Unix-only path (use QStandardPaths, QDir::tempPath(), QLibraryInfo)"),
    (re.compile(r"^([A-Za-z]:[\\/])"), "a Windows-only path"),
    (re.compile(r"^(HOME|TMPDIR|XDG_\w+|USERPROFILE|APPDATA|LOCALAPPDATA)$"),
     "an environment variable only some platforms set (use QStandardPaths)"),
]

PLATFORM_MACRO = re.compile(r"\b(Q_OS_\w+|_WIN32|_WIN64|__linux__|__linux|__unix__|__unix"
                            r"|__APPLE__|__MACH__|__FreeBSD__)\b")
WINDOWS_MACRO = re.compile(r"\b(Q_OS_WIN\w*|_WIN32|_WIN64)\b")
UNIX_MACRO = re.compile(r"\b(Q_OS_UNIX|__unix__|__unix)\b")
LINUX_MACRO = re.compile(r"\b(Q_OS_LINUX|__linux__|__linux)\b")
APPLE_MACRO = re.compile(r"\b(Q_OS_MACOS|Q_OS_DARWIN|Q_OS_APPLE|Q_OS_MAC|__APPLE__)\b")
ANNOTATION = re.compile(r"//\s*portable:\s*\S.*\bbecause\b\s*\S")
DIRECTIVE = re.compile(r"^\s*#\s*(if|ifdef|ifndef|elif|elifdef|elifndef|else|endif)\b(.*)$")


def split_code(text):
    """Blanks comments and the insides of string and character literals (keeping newlines, so
    line numbers hold). Returns the code and the (line, content) of every string literal."""
    out, strings = [], []
    i, n, line = 0, len(text), 1

    def blank(s):
        return "".join(c if c == "\n" else " " for c in s)

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(blank(text[i:j]))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(blank(text[i:j]))
            line += text.count("\n", i, j)
            i = j
        elif c == '"' or (c == "'" and not (i and text[i - 1].isalnum())):  # not 1'000
            raw = re.search(r'(?:^|[^\w])(?:u8|u|U|L)?R$', text[max(0, i - 4):i]) and c == '"'
            if raw:
                m = re.match(r'"([^()\\\s]{0,16})\(', text[i:])
                end = text.find(")" + m.group(1) + '"', i) if m else -1
                body_start = i + len(m.group(0)) if m else i + 1
                j = n if end < 0 else end + len(m.group(1)) + 2
                body = text[body_start:end if end >= 0 else n]
            else:
                j = i + 1
                while j < n and text[j] != c and text[j] != "\n":
                    j += 2 if text[j] == "\\" else 1
                body = text[i + 1:j]
                j = min(j + 1, n)
            if c == '"':
                strings.append((line, body))
            out.append(c + blank(text[i + 1:j - 1]) + text[j - 1] if j - i >= 2 else blank(text[i:j]))
            line += text.count("\n", i, j)
            i = j
        else:
            if c == "\n":
                line += 1
            out.append(c)
            i += 1
    return "".join(out), strings


class Group:
    """One #if/#ifdef/#ifndef … #endif, with the conditions of all its branches."""

    def __init__(self, line, text):
        self.line, self.conditions, self.has_else = line, [text], False
        self.tokens = []  # the platform-only tokens inside, named when the group fails

    @property
    def platform(self):
        return any(PLATFORM_MACRO.search(c) for c in self.conditions)

    @property
    def complete(self):
        """Has an #else, or names Windows and Unix (or Windows, Linux and macOS)."""
        every = " ".join(self.conditions)
        unix = UNIX_MACRO.search(every) or (LINUX_MACRO.search(every) and APPLE_MACRO.search(every))
        return self.has_else or bool(WINDOWS_MACRO.search(every) and unix)


def check_source(name, text):
    """Returns the violations in one file, as 'name:line: token — why' strings."""
    code, strings = split_code(text)
    raw_lines = text.split("\n")
    code_lines = code.split("\n")
    problems, stack = [], []
    covered = []  # per line: is it inside a platform group?
    for number, code_line in enumerate(code_lines, start=1):
        m = DIRECTIVE.match(code_line)
        if m:
            kind, rest = m.group(1), m.group(2).strip()
            k = number
            while rest.endswith("\\") and k < len(code_lines):  # continued directive
                rest = rest[:-1] + " " + code_lines[k].strip()
                k += 1
            if kind in ("if", "ifdef", "ifndef"):
                stack.append(Group(number, "#" + kind + " " + rest))
            elif kind in ("elif", "elifdef", "elifndef") and stack:
                stack[-1].conditions.append("#" + kind + " " + rest)
            elif kind == "else" and stack:
                stack[-1].has_else = True
            elif kind == "endif" and stack:
                group = stack.pop()
                if group.platform and not group.complete and not ANNOTATION.search(raw_lines[number - 1]):
                    inside = f" (holds {', '.join(dict.fromkeys(group.tokens))})" if group.tokens else ""
                    problems.append(
                        f"{name}:{group.line}: {group.conditions[0]} — to line {number}{inside}, "
                        "has no other platforms' way: add an #else or #elif defined(Q_OS_WIN) / "
                        "defined(Q_OS_UNIX) branch, or end it with "
                        "'#endif // portable: no-op on <platforms> because <reason>'")
        platform_groups = [g for g in stack if g.platform]
        covered.append(bool(platform_groups))
        for rule, why in CODE_RULES:
            for hit in rule.finditer(code_line):
                if platform_groups:
                    platform_groups[-1].tokens.append(hit.group(1))
                else:
                    problems.append(f"{name}:{number}: {hit.group(1)} — {why} outside a platform branch")
    for number, body in strings:
        if number <= len(covered) and covered[number - 1]:
            continue
        for rule, why in STRING_RULES:
            hit = rule.search(body)
            if hit:
                problems.append(f'{name}:{number}: "{hit.group(1)}" — {why}')
    return sorted(set(problems), key=lambda p: (p.split(":")[0], int(p.split(":")[1])))


# --- Self-test: each fixture must pass (True) or fail (False, naming the token) ---------------
FIXTURES = [
    ("member calls, comments and strings are not POSIX calls", True, None, r'''
// <unistd.h> and fork() in a comment; ::write(fd) too
/* kill(pid, SIGTERM); */
void f(QTcpSocket &socket, QProcess *proc, QFile &file)
{
    socket.close();
    proc->kill();
    file.open(QIODevice::ReadOnly);
    QObject::connect(proc, SIGNAL(finished(int)), proc, SLOT(deleteLater()));
    stream.shutdown(ec);
    auto s = QStringLiteral("fork() and /proc/ inside a sentence");
    auto r = R"(umask(077) ::close(3))";
    close();
}
'''),
    ("#if Q_OS_UNIX with an #elif Q_OS_WIN", True, None, r'''
#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/socket.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif
void g()
{
#if defined(Q_OS_UNIX)
    struct sigaction sa = {};
    sigaction(SIGTERM, &sa, nullptr);
#if QT_CONFIG(ssl)
    ::write(fd, "x", 1);
#endif
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}
'''),
    ("#ifndef Q_OS_WIN with an #else", True, None, r'''
#ifndef Q_OS_WIN
    umask(077);
#else
    // ACLs instead
#endif
'''),
    ("annotated no-op elsewhere", True, None, r'''
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0);
#endif // portable: no-op on Windows and macOS because only Linux has /proc/self/mem to protect
'''),
    ("a continued #if naming Windows, Linux and macOS", True, None, r'''
#if defined(Q_OS_LINUX) || \
    defined(Q_OS_MACOS)
    const char *p = "/usr/share/qt6";
#elif defined(Q_OS_WIN)
    const char *p = "C:/Qt";
#endif
'''),
    ("a POSIX header", False, "unistd.h", "#include <unistd.h>\n"),
    ("a global ::write on a descriptor", False, "write", "void h() { ::write(fd, &c, 1); }\n"),
    ("open with O_ flags", False, "O_RDONLY", "int fd = open(path, O_RDONLY);\n"),
    ("shutdown(fd, SHUT_WR)", False, "SHUT_WR", "::shutdown(fd, SHUT_WR);\n"),
    ("a Windows API outside a Windows branch", False, "SetConsoleCtrlHandler",
     "SetConsoleCtrlHandler(onConsoleEvent, TRUE);\n"),
    ("a /proc path", False, "/proc", 'QFile f(QStringLiteral("/proc/self/status"));\n'),
    ("#ifdef Q_OS_UNIX without the Windows way", False, "#ifdef Q_OS_UNIX", r'''
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif
'''),
    ("#ifndef Q_OS_WIN without #else, even with portable code in it", False, "#ifndef Q_OS_WIN", r'''
#ifndef Q_OS_WIN
    check(file.permissions());
#endif
'''),
    ("macOS and Linux but not Windows", False, "Q_OS_MACOS", r'''
#if defined(Q_OS_MACOS)
    a();
#elif defined(Q_OS_LINUX)
    b();
#endif
'''),
    ("an annotation without a reason", False, "Q_OS_LINUX", r'''
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0);
#endif // portable: no-op elsewhere
'''),
    ("a bare kill()", False, "kill", "void k() { kill(pid, 9); }\n"),
]


def self_test():
    failures = 0
    for title, should_pass, token, snippet in FIXTURES:
        problems = check_source("fixture.cpp", snippet)
        ok = (not problems) if should_pass else bool(problems) and any(token in p for p in problems)
        print(f"check-portability self-test: {'ok  ' if ok else 'FAIL'} {title}")
        if not ok:
            failures += 1
            for p in problems or ["(no violation found)"]:
                print("    " + p)
    print(f"check-portability self-test: {len(FIXTURES) - failures} passed, {failures} failed")
    return 1 if failures else 0


def main(argv):
    here, args = pathlib.Path(argv[1]), argv[2:]
    if args == ["--self-test"]:
        return self_test()
    if len(args) > 1 or (args and args[0].startswith("-")):
        print("usage: check-portability.sh [--self-test | DIR]", file=sys.stderr)
        return 2
    root = pathlib.Path(args[0]) if args else here
    files = sorted(p for d in PRODUCT_DIRS for p in (root / d).rglob("*")
                   if p.suffix in (".cpp", ".h") and p.is_file())
    if not files:
        print(f"check-portability: no product sources under {root}", file=sys.stderr)
        return 2
    problems = []
    for path in files:
        problems += check_source(str(path.relative_to(root)),
                                 path.read_text(encoding="utf-8", errors="replace"))
    for p in problems:
        print(p)
    if problems:
        print(f"check-portability: {len(problems)} violation(s) in {len(files)} files: keep "
              "platform-only code in a platform group with the other platforms' way "
              "(see the top of scripts/check-portability.sh)", file=sys.stderr)
        return 1
    print(f"check-portability: {len(files)} files, portable")
    return 0


sys.exit(main(sys.argv))
PY
