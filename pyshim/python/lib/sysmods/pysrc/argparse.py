"""Command-line parsing library (gowikibot subset of CPython's argparse).

Usage, help and error messages follow CPython 3.11's formats for the common
cases: positionals, optionals, nargs, choices, type, default, the store,
store_const, store_true/false, append, append_const, extend, count, help and
version actions, and basic subparsers.
"""
import sys
import os
import _gwb_sys

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."

_join = _gwb_sys.join


ArgumentError = _gwb_sys.ArgumentError
ArgumentTypeError = _gwb_sys.ArgumentTypeError


def _argerr(argument, message):
    name = _get_action_name(argument)
    if name is None:
        return ArgumentError(message)
    return ArgumentError("argument %s: %s" % (name, message))


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return _join("/", argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return "{" + _join(",", [str(c) for c in argument.choices]) + "}"
    return None


def _wrap(text, width):
    words = text.split()
    lines = []
    line = ""
    for w in words:
        if line == "":
            line = w
        elif len(line) + 1 + len(w) <= width:
            line = line + " " + w
        else:
            lines.append(line)
            line = w
    if line:
        lines.append(line)
    return lines


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    kind = "store"


class _StoreConstAction(Action):
    kind = "store_const"


class _StoreTrueAction(Action):
    kind = "store_true"


class _StoreFalseAction(Action):
    kind = "store_false"


class _AppendAction(Action):
    kind = "append"


class _AppendConstAction(Action):
    kind = "append_const"


class _ExtendAction(Action):
    kind = "extend"


class _CountAction(Action):
    kind = "count"


class _HelpAction(Action):
    kind = "help"


class _VersionAction(Action):
    kind = "version"


class _SubParsersAction(Action):
    kind = "parsers"

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.get("aliases", ())
        if "aliases" in kwargs:
            del kwargs["aliases"]
        help = None
        if "help" in kwargs:
            help = kwargs["help"]
            del kwargs["help"]
            self._choices_actions.append(_ChoicePseudo(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        self._names.append(name)
        for alias in aliases:
            self._name_parser_map[alias] = parser
        self.choices = self._names
        return parser


class _ChoicePseudo:
    def __init__(self, name, aliases, help):
        metavar = name
        if aliases:
            metavar = metavar + " (%s)" % _join(", ", list(aliases))
        self.option_strings = []
        self.dest = name
        self.metavar = metavar
        self.help = help
        self.nargs = 0
        self.choices = None
        self.default = None
        self.type = None
        self.required = False


_ACTIONS = {
    "store": _StoreAction, "store_const": _StoreConstAction, "store_true": _StoreTrueAction,
    "store_false": _StoreFalseAction, "append": _AppendAction, "append_const": _AppendConstAction,
    "extend": _ExtendAction, "count": _CountAction, "help": _HelpAction, "version": _VersionAction,
}


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self._prog = prog
        if width is None:
            columns = os.environ.get("COLUMNS")
            try:
                width = int(columns) - 2
            except (TypeError, ValueError):
                width = 80 - 2
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    def _fill_text(self, text, width, indent):
        return _join("\n", [indent + l for l in _wrap(text, width - len(indent))])

    def _split_lines(self, text, width):
        return _wrap(text, width)

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return _join("\n", [indent + l for l in text.split("\n")])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.split("\n")


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if help.find("%(default)") < 0:
            if action.default is not SUPPRESS:
                if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                    help = help + " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    pass


class _ArgumentGroup:
    def __init__(self, container, title=None, description=None):
        self._container = container
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        self._container._move_to_group(action, self)
        return action

    def add_mutually_exclusive_group(self, required=False):
        return self._container.add_mutually_exclusive_group(required)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        self._group_actions.append(action)
        return action


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = os.path.basename(sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._positionals = _ArgumentGroup(self, "positional arguments")
        self._optionals = _ArgumentGroup(self, "options")
        self._action_groups = [self._positionals, self._optionals]
        self._mutex_groups = []
        self._subparsers = None
        if add_help:
            self.add_argument("-h", "--help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for a in parent._actions:
                if a.kind != "help":
                    self._add_action(a)

    # ---- defining arguments ----
    def _get_optional_kwargs(self, args, kwargs):
        long_option_strings = []
        for option_string in args:
            if option_string[:1] not in self.prefix_chars:
                raise ValueError("invalid option string %s: must start with a character %s" % (repr(option_string), repr(self.prefix_chars)))
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.get("dest")
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = args[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            dest = dest.replace("-", "_")
        kwargs["dest"] = dest
        kwargs["option_strings"] = list(args)
        return kwargs

    def add_argument(self, *args, **kwargs):
        if not args or (len(args) == 1 and args[0][:1] not in self.prefix_chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs["dest"] = args[0] if args else kwargs.get("dest")
            kwargs["option_strings"] = []
            if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS):
                kwargs["required"] = True
            if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
                kwargs["required"] = True
        else:
            kwargs = self._get_optional_kwargs(args, kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.get("action", "store")
        if "action" in kwargs:
            del kwargs["action"]
        if not isinstance(action_name, str):
            cls = action_name
            kind = "custom"
        else:
            if action_name not in _ACTIONS:
                raise ValueError("unknown action \"%s\"" % action_name)
            cls = _ACTIONS[action_name]
            kind = action_name
        version = None
        if "version" in kwargs:
            version = kwargs["version"]
            del kwargs["version"]
        if kind in ("store_true", "store_false", "store_const", "append_const", "count", "help", "version"):
            kwargs["nargs"] = 0
        if kind == "store_true":
            kwargs["const"] = True
            if "default" not in kwargs:
                kwargs["default"] = False
        elif kind == "store_false":
            kwargs["const"] = False
            if "default" not in kwargs:
                kwargs["default"] = True
        elif kind == "help":
            if "default" not in kwargs:
                kwargs["default"] = SUPPRESS
            if kwargs.get("help") is None:
                kwargs["help"] = "show this help message and exit"
        elif kind == "version":
            if "default" not in kwargs:
                kwargs["default"] = SUPPRESS
            if kwargs.get("help") is None:
                kwargs["help"] = "show program's version number and exit"
        if kind in ("store", "append", "extend") and kwargs.get("nargs") == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate")
        option_strings = kwargs["option_strings"]
        del kwargs["option_strings"]
        dest = kwargs["dest"]
        del kwargs["dest"]
        params = {}
        for k in ("nargs", "const", "default", "type", "choices", "required", "help", "metavar"):
            if k in kwargs:
                params[k] = kwargs[k]
                del kwargs[k]
        if kwargs:
            raise TypeError("__init__() got an unexpected keyword argument '%s'" % list(kwargs.keys())[0])
        action = cls(option_strings, dest, **params)
        if kind != "custom":
            action.kind = kind
        else:
            action.kind = "custom"
        action.version = version
        return self._add_action(action)

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                raise _argerr(action, "conflicting option string: %s" % option_string)
        self._actions.append(action)
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        if action.option_strings:
            self._optionals._group_actions.append(action)
        else:
            self._positionals._group_actions.append(action)
        return action

    def _move_to_group(self, action, group):
        for g in self._action_groups:
            g._group_actions = [a for a in g._group_actions if a is not action]
        group._group_actions.append(action)

    def add_argument_group(self, title=None, description=None):
        g = _ArgumentGroup(self, title, description)
        self._action_groups.append(g)
        return g

    def add_mutually_exclusive_group(self, required=False):
        g = _MutuallyExclusiveGroup(self, required)
        self._mutex_groups.append(g)
        return g

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        title = kwargs.get("title")
        if title is not None:
            group = self.add_argument_group(title, kwargs.get("description"))
        else:
            group = self._positionals
        prog = kwargs.get("prog")
        if prog is None:
            prog = self._usage_text(False, True)
            if prog[:7] == "usage: ":
                prog = prog[7:]
            prog = prog.strip()
        action = _SubParsersAction([], kwargs.get("dest", SUPPRESS) or SUPPRESS, nargs=PARSER,
                                   required=kwargs.get("required", False), help=kwargs.get("help"),
                                   metavar=kwargs.get("metavar"))
        action.kind = "parsers"
        action._prog_prefix = prog
        action._parser_class = kwargs.get("parser_class", ArgumentParser)
        action._name_parser_map = {}
        action._names = []
        action._choices_actions = []
        action.choices = []
        action.version = None
        self._actions.append(action)
        group._group_actions.append(action)
        self._subparsers = action
        return action

    def set_defaults(self, **kwargs):
        for k in kwargs:
            self._defaults[k] = kwargs[k]
            for action in self._actions:
                if action.dest == k:
                    action.default = kwargs[k]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # ---- formatting ----
    def _metavar(self, action, default_metavar):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return "{" + _join(",", [str(c) for c in action.choices]) + "}"
        return default_metavar

    def _format_args(self, action, default_metavar):
        m = self._metavar(action, default_metavar)
        if isinstance(m, tuple):
            metas = m
        else:
            metas = None
        n = action.nargs
        if n is None:
            return m if metas is None else metas[0]
        if n == OPTIONAL:
            return "[%s]" % (m if metas is None else metas[0])
        if n == ZERO_OR_MORE:
            if metas is not None and len(metas) == 2:
                return "[%s [%s ...]]" % metas
            return "[%s ...]" % m
        if n == ONE_OR_MORE:
            if metas is not None:
                return "%s [%s ...]" % metas
            return "%s [%s ...]" % (m, m)
        if n == REMAINDER:
            return "..."
        if n == PARSER:
            return "%s ..." % m
        if n == SUPPRESS:
            return ""
        if metas is not None:
            return _join(" ", list(metas))
        return _join(" ", [m] * n)

    def _default_metavar_for_optional(self, action):
        return _gwb_sys.upper(action.dest)

    def _usage_parts(self, action):
        if action.option_strings:
            option_string = action.option_strings[0]
            if action.nargs == 0:
                part = option_string
            else:
                part = "%s %s" % (option_string, self._format_args(action, self._default_metavar_for_optional(action)))
            if not action.required:
                part = "[%s]" % part
            return part
        return self._format_args(action, action.dest)

    def _usage_text(self, with_prefix=True, positionals_only_before_sub=False):
        prefix = "usage: "
        if self.usage is not None:
            return prefix + self.usage.replace("%(prog)s", self.prog)
        prog = self.prog
        opt_parts = []
        pos_parts = []
        in_group = {}
        for action in self._actions:
            if action.help == SUPPRESS:
                continue
            if positionals_only_before_sub:
                if action.option_strings:
                    if action.required:
                        opt_parts.append(self._usage_parts(action))
                    continue
            if action.option_strings:
                opt_parts.append(self._usage_parts(action))
            else:
                part = self._usage_parts(action)
                if part:
                    pos_parts.append(part)
        # mutually exclusive groups: [-a | -b]
        for g in self._mutex_groups:
            names = []
            for a in g._group_actions:
                p = self._usage_parts(a)
                if p[:1] == "[" and p[-1:] == "]":
                    p = p[1:-1]
                names.append(p)
            if not names:
                continue
            joined = _join(" | ", names)
            if g.required:
                joined = "(" + joined + ")"
            else:
                joined = "[" + joined + "]"
            new_parts = []
            placed = False
            for part in opt_parts:
                skip = False
                for a in g._group_actions:
                    if part == self._usage_parts(a):
                        skip = True
                if skip:
                    if not placed:
                        new_parts.append(joined)
                        placed = True
                else:
                    new_parts.append(part)
            opt_parts = new_parts
        usage = _join(" ", [s for s in [prog] + opt_parts + pos_parts if s])
        text_width = 78
        fmt = self.formatter_class(self.prog)
        text_width = fmt._width - 0
        if len(prefix) + len(usage) > text_width:
            def get_lines(parts, indent, pfx=None):
                lines = []
                line = []
                indent_length = len(indent)
                if pfx is not None:
                    line_len = len(pfx) - 1
                else:
                    line_len = indent_length - 1
                for part in parts:
                    if line_len + 1 + len(part) > text_width and line:
                        lines.append(indent + _join(" ", line))
                        line = []
                        line_len = indent_length - 1
                    line.append(part)
                    line_len = line_len + len(part) + 1
                if line:
                    lines.append(indent + _join(" ", line))
                if pfx is not None:
                    lines[0] = lines[0][len(indent):]
                return lines
            if len(prefix) + len(prog) <= 0.75 * text_width:
                indent = " " * (len(prefix) + len(prog) + 1)
                if opt_parts:
                    lines = get_lines([prog] + opt_parts, indent, prefix)
                    lines.extend(get_lines(pos_parts, indent))
                elif pos_parts:
                    lines = get_lines([prog] + pos_parts, indent, prefix)
                else:
                    lines = [prog]
            else:
                indent = " " * len(prefix)
                parts = opt_parts + pos_parts
                lines = get_lines(parts, indent)
                if len(lines) > 1:
                    lines = []
                    lines.extend(get_lines(opt_parts, indent))
                    lines.extend(get_lines(pos_parts, indent))
                lines = [prog] + lines
            usage = _join("\n", lines)
        return prefix + usage

    def format_usage(self):
        return self._usage_text() + "\n"

    def _invocation(self, action):
        if not action.option_strings:
            m = self._metavar(action, action.dest)
            if isinstance(m, tuple):
                return m[0]
            return m
        if action.nargs == 0:
            return _join(", ", action.option_strings)
        args_string = self._format_args(action, self._default_metavar_for_optional(action))
        return _join(", ", ["%s %s" % (o, args_string) for o in action.option_strings])

    def _expand_help(self, fmt, action):
        text = fmt._get_help_string(action)
        if text is None:
            return None
        if text.find("%") < 0:
            return text
        params = {"prog": self.prog, "dest": action.dest, "default": action.default,
                  "nargs": action.nargs, "const": action.const, "metavar": action.metavar,
                  "required": action.required, "help": action.help, "type": action.type,
                  "option_strings": action.option_strings}
        if action.choices is not None:
            params["choices"] = _join(", ", [str(c) for c in action.choices])
        else:
            params["choices"] = None
        if action.type is not None:
            if _gwb_sys.is_type(action.type):
                params["type"] = _gwb_sys.type_name(action.type)
            else:
                params["type"] = getattr(action.type, "__name__", action.type)
        return _gwb_sys.format_mapping(text, params)

    def format_help(self):
        fmt = self.formatter_class(self.prog)
        width = fmt._width
        out = [self._usage_text(), "\n"]
        if self.description:
            out.append("\n" + fmt._fill_text(self.description, width, "") + "\n")
        # compute the invocation column over all sections
        max_len = 0
        for group in self._action_groups:
            for action in group._group_actions:
                if action.help == SUPPRESS:
                    continue
                inv = self._invocation(action)
                if len(inv) + 2 > max_len:
                    max_len = len(inv) + 2
                if action.kind == "parsers":
                    for ca in action._choices_actions:
                        l = len(ca.metavar) + 4
                        if l > max_len:
                            max_len = l
        help_position = min(max_len + 2, fmt._max_help_position)
        help_width = max(width - help_position, 11)
        for group in self._action_groups:
            actions = [a for a in group._group_actions if a.help != SUPPRESS]
            if not actions and not group.description:
                continue
            out.append("\n" + group.title + ":\n")
            if group.description:
                out.append(fmt._fill_text(group.description, width, "  ") + "\n\n")
            for action in actions:
                out.append(self._format_action(fmt, action, 2, help_position, help_width))
                if action.kind == "parsers":
                    for ca in action._choices_actions:
                        out.append(self._format_action(fmt, ca, 4, help_position, help_width))
        if self.epilog:
            out.append("\n" + fmt._fill_text(self.epilog, width, "") + "\n")
        return _join("", out)

    def _format_action(self, fmt, action, indent, help_position, help_width):
        action_width = help_position - indent - 2
        header = self._invocation(action) if not isinstance(action, _ChoicePseudo) else action.metavar
        if isinstance(action, _ChoicePseudo):
            help_text = action.help
        else:
            help_text = self._expand_help(fmt, action)
        pad = " " * indent
        if not help_text:
            return pad + header + "\n"
        if len(header) <= action_width:
            first = pad + header + " " * (action_width - len(header)) + "  "
            indent_first = 0
        else:
            first = pad + header + "\n"
            indent_first = help_position
        lines = fmt._split_lines(help_text, help_width)
        out = [first]
        if lines:
            out.append(" " * indent_first + lines[0] + "\n")
            for line in lines[1:]:
                out.append(" " * help_position + line + "\n")
        else:
            out.append("\n")
        return _join("", out)

    def print_usage(self, file=None):
        if file is None:
            file = sys.stdout
        file.write(self.format_usage())

    def print_help(self, file=None):
        if file is None:
            file = sys.stdout
        file.write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))

    # ---- parsing ----
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % _join(" ", argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and action.dest != SUPPRESS:
                if not hasattr(namespace, action.dest):
                    if action.default is not SUPPRESS and action.default != SUPPRESS:
                        setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        try:
            namespace, extras = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return namespace, extras

    def _parse_optional(self, arg_string):
        if not arg_string:
            return None
        if arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return (self._option_string_actions[arg_string], arg_string, None)
        if len(arg_string) == 1:
            return None
        if arg_string.find("=") >= 0:
            option_string, explicit_arg = arg_string.split("=", 1)
            if option_string in self._option_string_actions:
                return (self._option_string_actions[option_string], option_string, explicit_arg)
        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            options = _join(", ", [o[1] for o in option_tuples])
            self.error("ambiguous option: %s could match %s" % (arg_string, options))
        elif len(option_tuples) == 1:
            return option_tuples[0]
        if _looks_negative(arg_string):
            if not self._has_negative_number_optionals():
                return None
        if arg_string.find(" ") >= 0:
            return None
        return (None, arg_string, None)

    def _has_negative_number_optionals(self):
        for o in self._option_string_actions:
            if _looks_negative(o):
                return True
        return False

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if option_string.find("=") >= 0:
                    option_prefix, explicit_arg = option_string.split("=", 1)
                else:
                    option_prefix = option_string
                    explicit_arg = None
                for o in self._option_string_actions:
                    if o.startswith(option_prefix):
                        result.append((self._option_string_actions[o], o, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            option_prefix = option_string
            short_option_prefix = option_string[:2]
            short_explicit_arg = option_string[2:]
            for o in self._option_string_actions:
                if o == short_option_prefix:
                    result.append((self._option_string_actions[o], o, short_explicit_arg))
                elif self.allow_abbrev and o.startswith(option_prefix):
                    result.append((self._option_string_actions[o], o, None))
        return result

    def _parse_known_args(self, arg_strings, namespace):
        option_string_indices = {}
        pattern = []
        arg_strings = list(arg_strings)
        i = 0
        seen_dd = False
        for arg in arg_strings:
            if seen_dd:
                pattern.append("A")
            elif arg == "--":
                pattern.append("-")
                seen_dd = True
            else:
                t = self._parse_optional(arg)
                if t is None:
                    pattern.append("A")
                else:
                    option_string_indices[str(i)] = t
                    pattern.append("O")
            i = i + 1
        self._seen = []
        self._seen_non_default = []
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]
        state = {"positionals": positionals}

        def take_action(action, argument_strings, option_string=None):
            self._seen.append(action)
            value = self._get_values(action, argument_strings)
            if not (value is action.default):
                self._seen_non_default.append(action)
                for g in self._mutex_groups:
                    if action in g._group_actions:
                        for other in g._group_actions:
                            if other is not action and other in self._seen_non_default:
                                raise _argerr(action, "not allowed with argument %s" % _get_action_name(other))
            if argument_strings is not SUPPRESS:
                self._do_action(action, namespace, value, option_string)

        def count_a(start):
            n = 0
            while start + n < len(pattern) and pattern[start + n] in ("A", "-"):
                n = n + 1
            return n

        def consume_optional(start_index):
            action, option_string, explicit_arg = option_string_indices[str(start_index)]
            # Combined single-dash flags (-xv) are all checked before any
            # of them acts, as CPython does: -help with only -h defined is
            # an error, not the help.
            pending = []
            while True:
                if action is None:
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit_arg is not None:
                    if action.nargs == 0 and option_string[1] not in self.prefix_chars and explicit_arg != "":
                        pending.append((action, option_string))
                        ch = option_string[0]
                        option_string = ch + explicit_arg[0]
                        rest = explicit_arg[1:]
                        if rest == "":
                            rest = None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = rest
                        else:
                            raise _argerr(action, "ignored explicit argument %s" % repr(explicit_arg))
                        continue
                    if action.nargs == 0:
                        raise _argerr(action, "ignored explicit argument %s" % repr(explicit_arg))
                    if action.nargs in (None, OPTIONAL) or action.nargs == 1 or action.nargs in (ZERO_OR_MORE, ONE_OR_MORE):
                        for a, o in pending:
                            take_action(a, [], o)
                        take_action(action, [explicit_arg], option_string)
                        return start_index + 1
                    raise _argerr(action, "ignored explicit argument %s" % repr(explicit_arg))
                avail = count_a(start_index + 1)
                n = self._match_argument(action, avail)
                for a, o in pending:
                    take_action(a, [], o)
                take_action(action, arg_strings[start_index + 1:start_index + 1 + n], option_string)
                return start_index + 1 + n

        def consume_positionals(start_index):
            avail = count_a(start_index)
            counts = _match_partial([a.nargs for a in state["positionals"]], avail)
            idx = start_index
            used = 0
            for n in counts:
                action = state["positionals"][used]
                args = arg_strings[idx:idx + n]
                args = [a for a in args if a != "--"] if action.nargs != PARSER and action.nargs != REMAINDER else args
                if action.nargs == PARSER:
                    take_action(action, arg_strings[idx:], None)
                    idx = len(arg_strings)
                    used = used + 1
                    state["positionals"] = state["positionals"][used:]
                    return idx
                take_action(action, args)
                idx = idx + n
                used = used + 1
            state["positionals"] = state["positionals"][used:]
            return idx

        max_option_index = -1
        opt_idx = [int(k) for k in option_string_indices]
        opt_idx = sorted(opt_idx)
        if opt_idx:
            max_option_index = opt_idx[-1]
        start_index = 0
        while start_index <= max_option_index:
            nexts = [x for x in opt_idx if x >= start_index]
            next_option_index = nexts[0]
            if start_index != next_option_index:
                end = consume_positionals(start_index)
                if end > start_index:
                    start_index = end
                    continue
                start_index = end
            if start_index not in opt_idx:
                extras.extend(arg_strings[start_index:next_option_index])
                start_index = next_option_index
            start_index = consume_optional(start_index)
        stop_index = consume_positionals(start_index)
        extras.extend([a for a in arg_strings[stop_index:]])

        required = []
        for action in self._actions:
            if action not in self._seen:
                if action.required:
                    required.append(_get_action_name(action))
                else:
                    if (action.default is not None and isinstance(action.default, str) and
                            _gwb_namespace_has(namespace, action.dest) and
                            getattr(namespace, action.dest) is action.default):
                        setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            self.error("the following arguments are required: %s" % _join(", ", required))
        for g in self._mutex_groups:
            if g.required:
                found = False
                for a in g._group_actions:
                    if a in self._seen_non_default:
                        found = True
                if not found:
                    names = [_get_action_name(a) for a in g._group_actions if a.help != SUPPRESS]
                    self.error("one of the arguments %s is required" % _join(" ", names))
        return namespace, extras

    def _match_argument(self, action, avail):
        n = action.nargs
        if n is None:
            if avail >= 1:
                return 1
            raise _argerr(action, "expected one argument")
        if n == OPTIONAL:
            return min(avail, 1)
        if n == ZERO_OR_MORE:
            return avail
        if n == ONE_OR_MORE:
            if avail >= 1:
                return avail
            raise _argerr(action, "expected at least one argument")
        if n == REMAINDER or n == PARSER:
            return avail
        if n == 0:
            return 0
        if avail >= n:
            return n
        if n == 1:
            raise _argerr(action, "expected %s argument" % n)
        raise _argerr(action, "expected %s arguments" % n)

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            arg_strings = [a for a in arg_strings if a != "--"]
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is not None:
                value = action.default
            else:
                value = arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        elif action.nargs == 0:
            value = action.const
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise _argerr(action, str(err))
        except (TypeError, ValueError):
            if _gwb_sys.is_type(type_func):
                name = _gwb_sys.type_name(type_func)
            else:
                name = getattr(type_func, "__name__", None)
                if name is None:
                    name = repr(type_func)
            raise _argerr(action, "invalid %s value: %s" % (name, repr(arg_string)))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            if isinstance(action.choices, (list, tuple)) or True:
                choices = _join(", ", [repr(c) for c in action.choices])
            raise _argerr(action, "invalid choice: %s (choose from %s)" % (repr(value), choices))

    def _do_action(self, action, namespace, values, option_string):
        kind = action.kind
        if kind == "store":
            setattr(namespace, action.dest, values)
        elif kind in ("store_const", "store_true", "store_false"):
            setattr(namespace, action.dest, action.const)
        elif kind == "append":
            items = getattr(namespace, action.dest, None)
            items = [] if items is None else list(items)
            items.append(values)
            setattr(namespace, action.dest, items)
        elif kind == "append_const":
            items = getattr(namespace, action.dest, None)
            items = [] if items is None else list(items)
            items.append(action.const)
            setattr(namespace, action.dest, items)
        elif kind == "extend":
            items = getattr(namespace, action.dest, None)
            items = [] if items is None else list(items)
            items.extend(values)
            setattr(namespace, action.dest, items)
        elif kind == "count":
            count = getattr(namespace, action.dest, None)
            if count is None:
                count = 0
            setattr(namespace, action.dest, count + 1)
        elif kind == "help":
            self.print_help()
            self.exit()
        elif kind == "version":
            version = action.version
            if version is None:
                version = ""
            sys.stdout.write(version.replace("%(prog)s", self.prog) + "\n")
            self.exit()
        elif kind == "parsers":
            parser_name = values[0]
            arg_strings = values[1:]
            if action.dest is not SUPPRESS and action.dest != SUPPRESS:
                setattr(namespace, action.dest, parser_name)
            if parser_name not in action._name_parser_map:
                choices = _join(", ", [repr(c) for c in action._names])
                raise _argerr(action, "invalid choice: %s (choose from %s)" % (repr(parser_name), choices))
            parser = action._name_parser_map[parser_name]
            subnamespace, arg_strings = parser.parse_known_args(arg_strings, None)
            for key in _gwb_namespace_names(subnamespace):
                setattr(namespace, key, getattr(subnamespace, key))
            if arg_strings:
                extras = getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR", None)
                self.error("unrecognized arguments: %s" % _join(" ", arg_strings))
        else:
            action(self, namespace, values, option_string)


def _gwb_namespace_has(ns, name):
    return hasattr(ns, name)


def _gwb_namespace_names(ns):
    # (keys(): iterating an instance's __dict__ itself has no order here)
    return list(vars(ns).keys())


class Namespace:
    """Simple object for storing attributes: its repr, equality and vars()
    keep the order the attributes were set in, as CPython's."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        parts = []
        rest = {}
        for name, value in list(self.__dict__.items()):
            if name.isidentifier():
                parts.append("%s=%r" % (name, value))
            else:
                rest[name] = value
        if rest:
            parts.append("**%r" % (rest,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _looks_negative(s):
    if s[:1] != "-" or len(s) < 2:
        return False
    rest = s[1:]
    dot = False
    for ch in rest:
        if ch == ".":
            if dot:
                return False
            dot = True
        elif ch not in "0123456789":
            return False
    return True


def _match_partial(nargs_list, avail):
    # The largest prefix of positionals that matches, greedy like
    # CPython's regular expressions.
    i = len(nargs_list)
    while i > 0:
        r = _alloc(nargs_list[:i], avail)
        if r is not None:
            return r
        i = i - 1
    return []


def _alloc(nargs_list, avail):
    if not nargs_list:
        return []
    n = nargs_list[0]
    if n is None:
        options = [1]
    elif n == OPTIONAL:
        options = [1, 0]
    elif n == ZERO_OR_MORE or n == REMAINDER:
        options = list(range(avail, -1, -1))
    elif n == ONE_OR_MORE or n == PARSER:
        options = list(range(avail, 0, -1))
    elif n == SUPPRESS:
        options = [0]
    else:
        options = [n]
    for k in options:
        if k > avail:
            continue
        rest = _alloc(nargs_list[1:], avail - k)
        if rest is not None:
            return [k] + rest
    return None


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode

    def __call__(self, string):
        if string == "-":
            if self._mode.find("r") >= 0:
                return sys.stdin
            return sys.stdout
        return open(string, self._mode)


class BooleanOptionalAction(Action):
    pass


__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType", "HelpFormatter",
           "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "MetavarTypeHelpFormatter", "Namespace", "Action", "ONE_OR_MORE", "OPTIONAL", "PARSER",
           "REMAINDER", "SUPPRESS", "ZERO_OR_MORE"]
