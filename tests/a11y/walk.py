#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The dashboard as a screen reader sees it: an AT-SPI walk of every window.

    walk.py LATCHKEY_BINARY

Starts a private D-Bus session, an Xvfb display and the AT-SPI bus (Debian's at-spi2-core),
then the real `latchkey` on a throwaway offline sandbox. Through pyatspi, the client library
screen readers such as Orca are built on, it walks the accessible tree of the main window on
every tab and page, and opens every dialog reachable offline by invoking controls' AT-SPI
actions and filling fields through the EditableText interface, as assistive technology does.

Checked in every window: each interactive control that is showing (buttons, check boxes,
combo boxes, text fields, spin boxes, tabs, tables, trees, lists, menu items...) has a role
and a non-empty accessible name, and every column header of a table or tree has a title. A
combo box must be labelled by a label (Qt on Linux names a combo box by its current item); an
object that can take the focus must have a role. The secret of each reveal dialog and its
warning must be readable through an object's text, name or description.

Where a screen-reader user would use the keyboard (into a table, along its rows, Space on a
scope's check box), the walk sends keys through AT-SPI's device event controller.

Every failure names the object by its path of roles and names from the application down. A
missing tool fails the test (exit 1); it never skips.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

KEY_UP, KEY_DOWN, KEY_SPACE, KEY_TAB = 0xFF52, 0xFF54, 0x20, 0xFF09  # X keysyms
PYTHON = "/usr/bin/python3"  # Debian's, which has pyatspi (python3-pyatspi)
TIMEOUT = 150  # seconds for the whole walk, inside the private session
SPI_LAUNCHERS = ["/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher"]


def die(message):
    print(f"a11y-walk: {message}", file=sys.stderr, flush=True)
    sys.exit(1)


def note(message):
    print(f"a11y-walk: {message}", flush=True)


# ---------------------------------------------------------------------------------------------
# Outside: check the tools, then run the walk inside a private D-Bus session.


def outer(binary):
    missing = []
    for tool, package in [("dbus-run-session", "dbus-daemon"), ("dbus-daemon", "dbus-daemon"),
                          ("dbus-send", "dbus-bin"), ("Xvfb", "xvfb")]:
        if not shutil.which(tool):
            missing.append(f"{tool} (Debian package {package})")
    if not any(os.access(p, os.X_OK) for p in SPI_LAUNCHERS):
        missing.append("at-spi-bus-launcher (Debian package at-spi2-core)")
    if not os.access(PYTHON, os.X_OK):
        missing.append(f"{PYTHON} (Debian package python3)")
    else:
        probe = subprocess.run(
            [PYTHON, "-c", "import importlib.util, sys; "
                           "sys.exit(importlib.util.find_spec('pyatspi') is None)"])
        if probe.returncode != 0:
            missing.append("the pyatspi module (Debian package python3-pyatspi)")
    if not os.access(binary, os.X_OK):
        missing.append(f"the dashboard {binary}")
    if missing:
        die("cannot walk the accessible tree; missing: " + "; ".join(missing) +
            ". scripts/install-deps.sh installs them.")
    start = time.monotonic()
    # Its own process group: on a timeout, Xvfb, the buses and the dashboard go with it.
    walk = subprocess.Popen(["dbus-run-session", "--", PYTHON, os.path.abspath(__file__),
                             "--inner", binary], start_new_session=True)
    try:
        code = walk.wait(TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(walk.pid, signal.SIGKILL)
        walk.wait()
        die(f"the walk did not finish in {TIMEOUT} s")
    note(f"finished in {time.monotonic() - start:.1f} s")
    return code


# ---------------------------------------------------------------------------------------------
# Inside the private session: Xvfb, the AT-SPI bus, the dashboard.


class Session:
    def __init__(self):
        self.procs = []
        self.tmp = tempfile.mkdtemp(prefix="latchkey-a11y-")

    def spawn(self, args, **kwargs):
        proc = subprocess.Popen(args, **kwargs)
        self.procs.append(proc)
        return proc

    def close(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def start_display(self):
        read_end, write_end = os.pipe()
        self.spawn(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
                    "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        number = b""
        with os.fdopen(read_end, "rb") as f:
            number = f.readline().strip()
        if not number:
            die("Xvfb did not start")
        os.environ["DISPLAY"] = ":" + number.decode()

    def start_atspi(self):
        """The accessibility bus: its launcher owns org.a11y.Bus on the session bus, where Qt
        and pyatspi ask for the bus's address; the registry daemon starts on demand."""
        launcher = next(p for p in SPI_LAUNCHERS if os.access(p, os.X_OK))
        self.spawn([launcher, "--launch-immediately", "--a11y=1"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            got = subprocess.run(["dbus-send", "--session", "--print-reply",
                                  "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                                  "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus"],
                                 capture_output=True, text=True)
            if got.returncode == 0 and "boolean true" in got.stdout:
                return
            time.sleep(0.1)
        die("the AT-SPI bus (at-spi-bus-launcher) did not start")

    def start_dashboard(self, binary):
        env = dict(os.environ)
        env.update({
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            # Nothing of the user's: settings, data and keychain stay in the throwaway folder.
            "HOME": self.tmp,
            "XDG_CONFIG_HOME": os.path.join(self.tmp, "config"),
            "XDG_DATA_HOME": os.path.join(self.tmp, "data"),
            "XDG_CACHE_HOME": os.path.join(self.tmp, "cache"),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "LANGUAGE": "en",
        })
        env.pop("QT_QPA_PLATFORMTHEME", None)
        self.log = open(os.path.join(self.tmp, "latchkey.log"), "w+")
        self.dashboard = self.spawn(
            [binary, "--sandbox", "--lang", "en", "--data-dir", os.path.join(self.tmp, "sandbox")],
            env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def dashboard_output(self):
        self.log.flush()
        self.log.seek(0)
        return self.log.read()


# ---------------------------------------------------------------------------------------------
# The walk.

pyatspi = None  # imported once the display and the bus are up


def text_of(acc):
    try:
        t = acc.queryText()
        return t.getText(0, -1)
    except NotImplementedError:
        return None


def safe(fn, default=None):
    try:
        return fn()
    except Exception:  # an object gone while being read (a dialog closing)
        return default


class Walker:
    def __init__(self, session):
        self.session = session
        self.failures = []
        self.checked = {}  # path -> role, every control checked once per window state
        self.windows = []  # the windows walked, in order
        self.app = None

    # -- describing ----------------------------------------------------------------------------

    def label(self, acc):
        role = safe(acc.getRoleName, "?")
        name = safe(lambda: acc.name, "")
        said = f"{role} “{name}”" if name else role
        ident = safe(acc.get_accessible_id, "")  # Qt versions that export it: the objectName
        return f"{said} #{ident}" if ident else said

    def path(self, acc):
        parts = []
        node = acc
        while node is not None and safe(lambda: node.getRole()) != pyatspi.ROLE_APPLICATION:
            index = safe(node.getIndexInParent, -1)
            parts.append(f"{self.label(node)}[{index}]")
            node = safe(lambda: node.parent)
        return " > ".join(reversed(parts))

    def fail(self, acc, message):
        line = f"{self.path(acc)}: {message}"
        if line not in self.failures:
            self.failures.append(line)
            print(f"FAIL {line}", flush=True)

    # -- finding -------------------------------------------------------------------------------

    @staticmethod
    def showing(acc):
        return safe(lambda: acc.getState().contains(pyatspi.STATE_SHOWING), False)

    def children(self, acc):
        count = safe(lambda: acc.childCount, 0)
        for i in range(count):
            child = safe(lambda: acc.getChildAtIndex(i))
            if child is not None:
                yield child

    def descendants(self, root):
        """Showing objects below root, without entering a view's cells or a combo's list."""
        stack = [root]
        while stack:
            node = stack.pop()
            yield node
            if safe(node.getRole) in DATA_VIEWS and node is not root:
                continue
            stack.extend(reversed([c for c in self.children(node) if self.showing(c)]))

    def find(self, root, role, name=None, timeout=10.0, pattern=None):
        deadline = time.monotonic() + timeout
        while True:
            for node in self.descendants(root):
                if safe(node.getRole) not in (role if isinstance(role, tuple) else (role,)):
                    continue
                n = safe(lambda: node.name, "")
                if (name is None or n == name) and (pattern is None or re.search(pattern, n)):
                    return node
            if time.monotonic() > deadline:
                raise LookupError(f"no showing {role} named {name or pattern!r} in "
                                  f"{self.path(root)}")
            time.sleep(0.1)

    def find_app(self, timeout=20.0):
        desktop = pyatspi.Registry.getDesktop(0)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for app in self.children(desktop):
                if safe(lambda: app.name) == "latchkey":
                    for w in self.children(app):
                        if self.showing(w):
                            self.app = app
                            return app
            if self.session.dashboard.poll() is not None:
                die("latchkey exited early:\n" + self.session.dashboard_output())
            time.sleep(0.2)
        die("latchkey never showed a window on the AT-SPI bus (is Qt's AT-SPI bridge built "
            "in, and QT_LINUX_ACCESSIBILITY_ALWAYS_ON honoured?)\n" +
            self.session.dashboard_output())

    def top_windows(self):
        return [w for w in self.children(self.app) if self.showing(w)]

    def window(self, name=None, pattern=None, timeout=10.0, exclude=()):
        """The showing top-level window with that name (a dialog, a message box)."""
        deadline = time.monotonic() + timeout
        while True:
            for w in self.top_windows():
                n = safe(lambda: w.name, "")
                if w in exclude:
                    continue
                if (name is None or n == name) and (pattern is None or re.search(pattern, n)):
                    return w
            if time.monotonic() > deadline:
                names = [self.label(w) for w in self.top_windows()]
                raise LookupError(f"no window named {name or pattern!r}; showing: {names}")
            time.sleep(0.1)

    def new_window(self, before, pattern=None, timeout=10.0):
        """The window that opened after the ones in before (a dialog, a message box)."""
        deadline = time.monotonic() + timeout
        while True:
            for win in self.top_windows():
                if win in before:
                    continue
                if pattern is None or re.search(pattern, safe(lambda: win.name, "") or ""):
                    time.sleep(0.2)  # let it lay itself out
                    return win
            if time.monotonic() > deadline:
                names = [self.label(x) for x in self.top_windows()]
                raise LookupError(f"no new window{' like ' + pattern if pattern else ''} "
                                  f"opened; showing: {names}")
            time.sleep(0.1)

    def keys(self, *keysyms):
        """Presses keys (X keysyms) as the keyboard would: into the focused widget."""
        for keysym in keysyms:
            pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
            time.sleep(0.05)

    def focused(self, acc):
        return safe(lambda: acc.getState().contains(pyatspi.STATE_FOCUSED), False)

    def window_of(self, acc):
        node = acc
        while True:
            parent = safe(lambda: node.parent)
            if parent is None or safe(parent.getRole) == pyatspi.ROLE_APPLICATION:
                return node
            node = parent

    def activate(self, win):
        """Makes win the active window, as a window manager does when a dialog over it closes
        (there is none on this display): a click on a plain label in it."""
        if safe(lambda: win.getState().contains(pyatspi.STATE_ACTIVE), False):
            return
        for node in self.descendants(win):
            if safe(node.getRole) != pyatspi.ROLE_LABEL:
                continue
            box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            if box.width > 4 and box.height > 4:
                pyatspi.Registry.generateMouseEvent(box.x + box.width // 2,
                                                    box.y + box.height // 2, "b1c")
                break
        deadline = time.monotonic() + 5
        while not safe(lambda: win.getState().contains(pyatspi.STATE_ACTIVE), False):
            if time.monotonic() > deadline:
                raise LookupError(f"{self.label(win)} does not become the active window")
            time.sleep(0.05)

    def focus(self, acc):
        """Gives acc the keyboard focus through AT-SPI (its SetFocus action, or grabFocus)."""
        self.activate(self.window_of(acc))
        try:
            self.act(acc, "setfocus")
        except LookupError:
            if not acc.queryComponent().grabFocus():
                raise
        deadline = time.monotonic() + 5
        while not self.focused(acc):
            if time.monotonic() > deadline:
                raise LookupError(f"{self.path(acc)} was given the focus but does not have it")
            time.sleep(0.05)

    def tab_to(self, start, target, backwards=False):
        """Moves the focus from start to target with Tab (or Shift+Tab), as a keyboard user."""
        self.focus(start)
        for _ in range(60):
            if self.focused(target):
                return
            if backwards:
                pyatspi.Registry.generateKeyboardEvent(1, None, pyatspi.KEY_LOCKMODIFIERS)
            self.keys(KEY_TAB)
            if backwards:
                pyatspi.Registry.generateKeyboardEvent(1, None, pyatspi.KEY_UNLOCKMODIFIERS)
            time.sleep(0.05)
        raise LookupError(f"Tab never reaches {self.path(target)} from {self.path(start)}")

    def cell(self, view, text):
        for cell in self.children(view):
            if safe(lambda: cell.name) == text:
                return cell
        raise LookupError(f"{self.path(view)} has no cell “{text}”")

    def check_scope(self, tree, scope, start, backwards=True):
        """Checks a scope as a keyboard user does: into the tree, to its row with the arrows,
        then Space; the cell must then say it is checked."""
        cell = self.select_row(tree, scope, start, backwards)
        self.keys(KEY_SPACE)
        deadline = time.monotonic() + 5
        while not safe(lambda: cell.getState().contains(pyatspi.STATE_CHECKED), False):
            if time.monotonic() > deadline:
                self.fail(cell, "does not say it is checked after Space checked it")
                break
            time.sleep(0.05)
        return cell

    def wait_closed(self, win, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if win not in self.top_windows():
                return
            time.sleep(0.1)
        raise LookupError(f"{self.label(win)} did not close")

    # -- acting, as assistive technology does --------------------------------------------------

    def act(self, acc, *wanted):
        try:
            action = acc.queryAction()
        except NotImplementedError:
            self.fail(acc, "has no AT-SPI action to invoke")
            raise LookupError(f"{self.path(acc)} cannot be invoked")
        names = [action.getName(i).lower() for i in range(action.nActions)]
        for w in wanted or ("press", "click", "activate", "toggle"):
            if w.lower() in names:
                action.doAction(names.index(w.lower()))
                return
        self.fail(acc, f"offers the actions {names}, none of {wanted}")
        raise LookupError(f"{self.path(acc)} cannot be invoked")

    def press(self, root, name, role=None):
        button = self.find(root, role or pyatspi.ROLE_PUSH_BUTTON, name)
        if not safe(lambda: button.getState().contains(pyatspi.STATE_ENABLED), False):
            raise LookupError(f"{self.path(button)} is disabled")
        self.act(button)
        return button

    def type_into(self, root, name, text):
        field = self.find(root, pyatspi.ROLE_TEXT, name)
        field.queryEditableText().setTextContents(text)
        return field

    def wait_enabled(self, root, name, role=None, timeout=10.0):
        button = self.find(root, role or pyatspi.ROLE_PUSH_BUTTON, name)
        deadline = time.monotonic() + timeout
        while not safe(lambda: button.getState().contains(pyatspi.STATE_ENABLED), False):
            if time.monotonic() > deadline:
                raise LookupError(f"{self.path(button)} stays disabled")
            time.sleep(0.1)
        return button

    def select_row(self, view, text, start, backwards=False):
        """Makes the row holding a cell named text current as a keyboard user does: Tab from
        start into the view, then the arrow keys. (A row selected through the AT-SPI Selection
        or the cell's Toggle action is selected but not made current, and the dashboard acts
        on the current row, as Qt's views do for the keyboard.)"""
        if start is not None:
            self.tab_to(start, view, backwards=backwards)
        cell = self.cell(view, text)
        for _ in range(40):
            if self.focused(cell):
                return cell
            current = [c for c in self.children(view) if self.focused(c)]
            up = current and safe(current[0].getIndexInParent, 0) > safe(cell.getIndexInParent, 0)
            self.keys(KEY_UP if up else KEY_DOWN)
            time.sleep(0.05)
        raise LookupError(f"the arrow keys never reach {self.path(cell)}")

    # -- checking ------------------------------------------------------------------------------

    def check(self, root, what):
        """Every showing control below root: a role, a name; every column header: a name."""
        self.windows.append(what)
        seen = 0
        if os.environ.get("LATCHKEY_A11Y_DUMP"):  # for a developer: the tree as it is read
            self.dump(root)
        for node in self.descendants(root):
            role = safe(node.getRole)
            if role is None:
                continue
            state = safe(node.getState)
            focusable = state is not None and state.contains(pyatspi.STATE_FOCUSABLE)
            name = (safe(lambda: node.name, "") or "").strip()
            if role in (pyatspi.ROLE_INVALID, pyatspi.ROLE_UNKNOWN) and focusable:
                self.fail(node, "can take the focus but has no role")
            if role not in INTERACTIVE:
                continue
            seen += 1
            self.checked[self.path(node)] = role
            if role == pyatspi.ROLE_COMBO_BOX:
                # Qt on Linux gives a combo box its current item as its name; what it asks for
                # is said by the label it is labelled by (a QLabel whose buddy it is).
                if not self.label_of(node):
                    self.fail(node, "has no label: no object it is labelled by names it (give "
                                    "it a QLabel buddy)")
            elif not name:
                self.fail(node, "has no accessible name")
            if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE):
                self.check_headers(node)
        note(f"{what}: {seen} controls")

    def label_of(self, acc):
        for relation in safe(acc.getRelationSet, []) or []:
            if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
                continue
            for i in range(relation.getNTargets()):
                said = (safe(lambda: relation.getTarget(i).name, "") or "").strip()
                if said:
                    return said
        return ""

    def dump(self, node, depth=0):
        try:
            action = node.queryAction()
            actions = [action.getName(i) for i in range(action.nActions)]
        except NotImplementedError:
            actions = []
        states = [str(x).split()[1].replace("ATSPI_STATE_", "").lower()
                  for x in node.getState().getStates()]
        print("  " * depth + self.label(node), actions, self.label_of(node),
              [x for x in states if x in ("focusable", "checkable", "checked", "enabled")])
        if safe(node.getRole) in DATA_VIEWS and depth > 0:
            return
        for child in self.children(node):
            if self.showing(child):
                self.dump(child, depth + 1)

    def check_headers(self, view):
        try:
            table = view.queryTable()
        except NotImplementedError:
            self.fail(view, "is a table without the Table interface")
            return
        for column in range(table.nColumns):
            header = safe(lambda: table.getColumnHeader(column))
            title = (safe(lambda: header.name, "") if header is not None else "") or \
                (safe(lambda: table.getColumnDescription(column), "") or "")
            self.checked[f"{self.path(view)} column {column}"] = "column header"
            if not title.strip():
                self.fail(view, f"column {column} has no header a screen reader can read")

    def check_reveal(self, dialog, secret_pattern, what):
        """The secret and the warning of a reveal dialog, read as a screen reader reads them."""
        secret = None
        for node in self.descendants(dialog):
            said = [text_of(node), safe(lambda: node.name), safe(lambda: node.description)]
            if any(s and re.fullmatch(secret_pattern, s.strip()) for s in said):
                secret = node
        if secret is None:
            self.fail(dialog, f"the {what} cannot be read: no object's text, name or description "
                              f"is the secret ({secret_pattern})")
        warning_found = False
        for node in self.descendants(dialog):
            said = " ".join(filter(None, [safe(lambda: node.name, ""),
                                          safe(lambda: node.description, ""),
                                          safe(lambda: text_of(node), "")]))
            if "will not be shown again" in said:
                warning_found = True
        if not warning_found:
            self.fail(dialog, f"the {what}'s warning (“…will not be shown again…”) cannot be "
                              "read through any object's name, description or text")
        return secret


def roles():
    global INTERACTIVE, DATA_VIEWS
    r = pyatspi
    INTERACTIVE = {
        r.ROLE_PUSH_BUTTON, r.ROLE_TOGGLE_BUTTON, r.ROLE_CHECK_BOX, r.ROLE_RADIO_BUTTON,
        r.ROLE_COMBO_BOX, r.ROLE_TEXT, r.ROLE_PASSWORD_TEXT, r.ROLE_ENTRY, r.ROLE_SPIN_BUTTON,
        r.ROLE_SLIDER, r.ROLE_PAGE_TAB, r.ROLE_PAGE_TAB_LIST, r.ROLE_TABLE, r.ROLE_TREE_TABLE,
        r.ROLE_TREE, r.ROLE_LIST, r.ROLE_LIST_BOX, r.ROLE_MENU, r.ROLE_MENU_ITEM,
        r.ROLE_CHECK_MENU_ITEM, r.ROLE_RADIO_MENU_ITEM, r.ROLE_LINK, r.ROLE_DATE_EDITOR,
        r.ROLE_TOOL_BAR,
    }
    # Views whose children are data (cells, rows, a combo's item list), not controls.
    DATA_VIEWS = {r.ROLE_TABLE, r.ROLE_TREE_TABLE, r.ROLE_TREE, r.ROLE_LIST, r.ROLE_LIST_BOX,
                  r.ROLE_COMBO_BOX}



def run_walk(w):
    R = pyatspi
    TREES = (R.ROLE_TREE, R.ROLE_TREE_TABLE)
    w.find_app()
    main = w.window(pattern=r"^Latchkey")
    time.sleep(1)
    if os.environ.get("LATCHKEY_A11Y_DUMP"):
        w.dump(main)
    tabs = w.find(main, R.ROLE_PAGE_TAB_LIST)
    w.check(main, "main window: API keys")

    # A secret key made as a screen-reader user makes it: the dialog, its error, a name, a
    # scope, then the reveal of the secret.
    w.press(main, "Create secret key")
    create = w.new_window([main])
    w.check(create, "Create secret key")
    w.press(create, "Create key")  # nothing filled in: the dialog says what is missing
    w.find(create, R.ROLE_LABEL, pattern=r"^Give the key a name\.$")
    w.check(create, "Create secret key, refused")
    w.type_into(create, "Key name", "Walk key")
    w.check_scope(w.find(create, TREES, "Scopes"), "service.forms.read",
                  w.find(create, R.ROLE_PUSH_BUTTON, "Create key"))
    w.press(create, "Create key")
    reveal = w.new_window([main, create], pattern=r"secret key")
    w.check(reveal, "secret reveal")
    w.check_reveal(reveal, r"sk_test_\S{16,}", "secret key")
    w.press(reveal, "Close the secret")  # without copying: it asks first
    unsure = w.new_window([main, reveal])
    w.check(unsure, "close without copying?")
    w.press(unsure, "Close without copying")
    w.wait_closed(reveal)

    # The new key, selected: edit, roll and revoke.
    keys = w.find(main, R.ROLE_TABLE, "API keys")
    w.select_row(keys, "Walk key", w.find(main, R.ROLE_TEXT, "Filter keys"))
    w.wait_enabled(main, "Edit the selected key")
    w.check(main, "main window: API keys, a key selected")
    for button, what in [("Edit the selected key", "Edit key"),
                         ("Duplicate the selected key", "Duplicate key"),
                         ("Roll the selected key", "Roll key"),
                         ("Revoke the selected key", "Revoke test key")]:
        w.press(main, button)
        dialog = w.new_window([main])
        w.check(dialog, what)
        w.press(dialog, "Cancel")
        if what == "Duplicate key":  # a filled form: Cancel asks before it throws it away
            ask = w.new_window([main, dialog])
            w.check(ask, "discard the duplicate?")
            w.press(ask, "Discard")
        w.wait_closed(dialog)

    # The other tabs.
    w.act(w.find(tabs, R.ROLE_PAGE_TAB, "Public keys"))
    w.find(main, R.ROLE_PUSH_BUTTON, "Create public key")
    w.check(main, "main window: Public keys")
    w.press(main, "Create public key")
    dialog = w.new_window([main])
    w.check(dialog, "Create public key")
    w.press(dialog, "Cancel")
    w.wait_closed(dialog)

    w.act(w.find(tabs, R.ROLE_PAGE_TAB, "Webhooks"))
    w.find(main, R.ROLE_PUSH_BUTTON, "Add webhook endpoint")
    w.check(main, "main window: Webhooks")
    w.press(main, "Add webhook endpoint")
    dialog = w.new_window([main])
    w.check(dialog, "Add webhook endpoint")
    w.type_into(dialog, "Endpoint URL", "http://localhost:8000/walk")
    w.wait_enabled(dialog, "Add endpoint")
    w.press(dialog, "Add endpoint")
    reveal = w.new_window([main, dialog], pattern=r"signing secret")
    w.check(reveal, "webhook signing secret reveal")
    w.check_reveal(reveal, r"whsec_\S{16,}", "signing secret")
    w.press(reveal, "Copy the secret")
    w.press(reveal, "Close the secret")
    w.wait_closed(reveal)
    endpoints = w.find(main, R.ROLE_TABLE, "Webhook endpoints")
    w.select_row(endpoints, "http://localhost:8000/walk",
                 w.find(main, R.ROLE_PUSH_BUTTON, "Add webhook endpoint"))
    w.wait_enabled(main, "Rotate the signing secret")
    for button, what in [("Rotate the signing secret", "Rotate signing secret"),
                         ("Delete the endpoint", "Delete endpoint")]:
        w.press(main, button)
        dialog = w.new_window([main])
        w.check(dialog, what)
        w.press(dialog, "Cancel")
        w.wait_closed(dialog)

    w.act(w.find(tabs, R.ROLE_PAGE_TAB, "Scopes"))
    w.find(main, TREES, "Scope catalog")
    w.check(main, "main window: Scopes")
    w.act(w.find(tabs, R.ROLE_PAGE_TAB, "Activity"))
    w.find(main, R.ROLE_TABLE, "Audit log")
    w.check(main, "main window: Activity")

    # The tool bar's dialogs.
    for button, what in [("New workspace…", "New workspace"), ("Rename…", "Rename workspace")]:
        w.press(main, button)
        dialog = w.new_window([main])
        w.check(dialog, what)
        w.press(dialog, "Cancel")
        w.wait_closed(dialog)
    w.press(main, "Connect to server…")
    dialog = w.new_window([main])
    w.check(dialog, "Connect to a server")
    w.act(w.find(dialog, R.ROLE_CHECK_BOX, "I have an invitation"), "toggle", "press")
    w.find(dialog, R.ROLE_PASSWORD_TEXT, "Invitation token")
    w.find(dialog, R.ROLE_PUSH_BUTTON, "Join")
    w.check(dialog, "Connect to a server, with an invitation")
    w.press(dialog, "Cancel")
    w.wait_closed(dialog)

    # The Members page and its dialogs.
    nav = w.find(main, R.ROLE_LIST, "Pages")
    w.select_row(nav, "Members", tabs, backwards=True)
    members = w.find(main, R.ROLE_TABLE, "Members and pending invitations")
    w.check(main, "main window: Members")
    # The service pages, below Members in the same list.
    services = [safe(lambda: c.name, "") for c in w.children(nav)][2:]
    for name in services:
        w.select_row(nav, name, None)
        lapse = w.find(main, R.ROLE_PUSH_BUTTON, f"Lapse the subscription to {name}")
        w.check(main, f"main window: service page {name}")
        w.act(lapse)
        dialog = w.new_window([main])
        w.check(dialog, f"lapse {name}?")
        w.press(dialog, "Cancel")
        w.wait_closed(dialog)
        w.activate(main)
    w.select_row(nav, "Members", None)
    w.press(main, "Invite a member")
    dialog = w.new_window([main])
    w.check(dialog, "Invite a member")
    w.type_into(dialog, "Email of the person to invite", "walk@example.com")
    w.wait_enabled(dialog, "Create invitation")
    w.press(dialog, "Create invitation")
    reveal = w.new_window([main, dialog], timeout=10)
    w.check(reveal, "invitation reveal")
    w.press(reveal, "Copy the secret")
    w.press(reveal, "Close the secret")
    w.wait_closed(reveal)
    w.press(main, "Accept an invitation in the sandbox")
    dialog = w.new_window([main])
    w.check(dialog, "Accept an invitation")
    w.press(dialog, "Cancel")
    w.wait_closed(dialog)
    w.select_row(members, "walk@example.com", w.find(main, R.ROLE_PUSH_BUTTON, "Invite a member"))
    w.wait_enabled(main, "Withdraw the selected invitation")
    w.check(main, "main window: Members, an invitation selected")



def inner(binary):
    session = Session()
    try:
        session.start_display()
        session.start_atspi()
        session.start_dashboard(binary)
        global pyatspi
        import pyatspi as module
        pyatspi = module
        roles()
        walker = Walker(session)
        try:
            run_walk(walker)
        except LookupError as e:
            walker.failures.append(str(e))
            print(f"FAIL {e}", flush=True)
        note(f"{len(walker.checked)} controls checked in {len(walker.windows)} window states: " +
             "; ".join(walker.windows))
        if session.dashboard.poll() is not None:
            walker.failures.append(f"latchkey exited with {session.dashboard.returncode}")
        if walker.failures:
            print(f"a11y-walk: {len(walker.failures)} failure(s):", file=sys.stderr)
            for f in walker.failures:
                print(f"  {f}", file=sys.stderr)
            out = session.dashboard_output().strip()
            if out:
                print("latchkey said:\n" + out, file=sys.stderr)
            return 1
        return 0
    finally:
        session.close()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--inner":
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
        sys.exit(inner(sys.argv[2]))
    if len(sys.argv) != 2:
        die("usage: walk.py LATCHKEY_BINARY")
    sys.exit(outer(sys.argv[1]))
