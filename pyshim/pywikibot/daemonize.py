"""pywikibot.daemonize: detaching a bot from its terminal.

pywikibot forks twice (os.fork) to become a daemon. gowikibot is one Go
process, which cannot fork and go on running the interpreter in the child;
daemonize() therefore raises NotImplementedError saying what to use
instead. is_daemon stays False."""

__all__ = ('daemonize', 'is_daemon')

is_daemon = False


def daemonize(close_fd=True, chdir=True, redirect_std=None):
    """Not available in gowikibot (see the module's documentation)."""
    raise NotImplementedError(
        'gowikibot cannot fork into a daemon; start the bot in the background instead '
        '(nohup gowikibot SCRIPT ... &, setsid, or a systemd/cron job)')
