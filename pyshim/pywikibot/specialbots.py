"""pywikibot.specialbots: the upload bot and the base of unlinking bots.

UploadRobot checks its options, the site's upload settings and the
user's upload right as pywikibot's does, and uploads each file through
APISite.upload (in chunks when chunk_size is smaller than the file); a
URL the user may not have the wiki fetch is downloaded first. Warnings
are handled by ignore_warning/aborts or asked for.
"""
import os

import pywikibot
from pywikibot import config
from pywikibot.bot import (
    AutomaticTWSummaryBot, BaseBot, ExistingPageBot, QuitKeyboardInterrupt,
)
from pywikibot._interactive import InteractiveReplace
from pywikibot.editor import TextEditor
from pywikibot.bot_choice import AlwaysChoice, ChoiceException, UnhandledAnswer

__all__ = ('BaseUnlinkBot', 'EditReplacementError', 'InteractiveUnlink', 'UploadRobot')


class UploadRobot(BaseBot):
    """Uploads files (local paths or URLs) to target_site."""

    post_processor = None

    def __init__(self, url, *, url_encoding=None, description='', use_filename=None,
                 keep_filename=False, verify_description=True, ignore_warning=False,
                 target_site=None, aborts=None, chunk_size=0, asynchronous=False, summary=None,
                 filename_prefix=None, force_if_shared=False, **kwargs):
        super().__init__(**kwargs)
        if self.opt.always:
            if ignore_warning is not True and aborts is not True:
                raise ValueError('When always is set to True, '
                                 'ignore_warning or aborts must be set to True.')
            if not description:
                raise ValueError('When always is set to True, the description must be set.')
        self.url = [url] if isinstance(url, str) else url
        self.url_encoding = url_encoding
        self.description = description
        self.use_filename = use_filename
        self.keep_filename = keep_filename or self.opt.always
        self.verify_description = verify_description and not self.opt.always
        self.ignore_warning = ignore_warning
        self.aborts = aborts or []
        self.chunk_size = chunk_size
        self.asynchronous = asynchronous
        self.summary = summary
        self.filename_prefix = filename_prefix
        self.force_if_shared = force_if_shared
        if getattr(config, 'upload_to_commons', False):
            default_site = pywikibot.Site('commons', 'commons')
        else:
            default_site = pywikibot.Site()
        self.target_site = target_site or default_site

    def _handle_warning(self, warning):
        """False: abort on warning; True: ignore it; None: ask."""
        if self.aborts is not True and warning in self.aborts:
            return False
        if self.ignore_warning is True or (self.ignore_warning is not False
                                           and warning in self.ignore_warning):
            return True
        return None if self.aborts is not True else False

    def abort_on_warn(self, warn_code):
        """Whether the upload is to be aborted on warn_code."""
        return self.aborts is True or warn_code in self.aborts

    def ignore_on_warn(self, warn_code):
        """Whether warn_code is to be ignored."""
        return self.ignore_warning is True or warn_code in (self.ignore_warning or [])

    def process_filename(self, file_url):
        """The file name to upload file_url as, or None to skip it: its
        base name (or use_filename) with the prefix, asked for unless
        keep_filename; names with forbidden characters or extensions the
        wiki does not take, and existing files the warnings settings do
        not let overwrite, are asked for again (skipped with always)."""
        filename = file_url
        if '://' in filename:
            from urllib.parse import urlparse
            filename = urlparse(filename).path
        filename = os.path.basename(filename)
        if self.use_filename:
            filename = self.use_filename
        if self.filename_prefix:
            filename = self.filename_prefix + filename
        if not self.keep_filename:
            pywikibot.info('\nThe filename on the target wiki will default to: {}\n'
                           .format(filename))
            newfn = pywikibot.input('Enter a better name, or press enter to accept:')
            if newfn:
                filename = newfn
        allowed = self.target_site.file_extensions
        first = True
        while True:
            if not first:
                filename = None if self.opt.always else pywikibot.input(
                    'Enter a better name, or press enter to skip the file:')
                if not filename:
                    return None
            first = False
            bad = set(':*/\\') & set(filename)
            if bad:
                pywikibot.info('Invalid character(s): {}. Please try again'.format(''.join(bad)))
                continue
            ext = os.path.splitext(filename)[1].lower().strip('.')
            if allowed and ext not in allowed:
                if self.opt.always:
                    pywikibot.info('File format is not one of [{}]'.format(' '.join(allowed)))
                elif pywikibot.input_yn('File format is not one of [{}], but {!r}. Skip?'
                                        .format(' '.join(allowed), ext)):
                    return None
                continue
            candidate = pywikibot.FilePage(self.target_site, filename)
            if candidate.exists():
                overwrite = self._handle_warning('exists')
                if overwrite is False:
                    pywikibot.info('File exists and you asked to abort. Skipping.')
                    return None
                if candidate.has_permission():
                    if overwrite is None:
                        overwrite = not pywikibot.input_yn(
                            'File with name {} already exists. Would you like to change the '
                            'name? (Otherwise file will be overwritten.)'.format(filename),
                            default=True, automatic_quit=False)
                    if not overwrite:
                        continue
                    break
                pywikibot.info('File with name {} already exists and cannot be overwritten.'
                               .format(filename))
                continue
            break
        if self.description:
            pywikibot.info('The suggested description is:\n{}'.format(self.description))
        while not self.description or self.verify_description:
            if not self.description:
                pywikibot.info('<<lightred>>It is not possible to upload a file without a '
                               'description.')
            new = pywikibot.input('Enter the description (or press enter to keep it):')
            if new:
                self.description = new
            if self.description:
                self.verify_description = False
        return filename

    def _handle_warnings(self, warnings):
        """Whether to go on despite warnings (UploadErrors): False when one
        aborts, True when all are ignored, else the user's answer."""
        messages = '\n'.join('{}: {}'.format(w.code, w.info)
                             for w in sorted(warnings, key=lambda w: w.code))
        if len(warnings) > 1:
            messages = '\n' + messages
        pywikibot.info('We got the following warning(s): ' + messages)
        answer = True
        for warning in warnings:
            this = self._handle_warning(warning.code)
            if this is False:
                answer = False
                break
            if this is None:
                answer = None
        if answer is None:
            answer = pywikibot.input_yn('Do you want to ignore?', default=False,
                                        automatic_quit=False)
        return answer

    def upload_file(self, file_url):
        """Upload one file (a local path or a URL); return its file name
        on the wiki, or None when it was not uploaded."""
        if '://' not in file_url and not os.path.exists(file_url):
            pywikibot.error('File {} does not exist'.format(file_url))
            return None
        filename = self.process_filename(file_url)
        if not filename:
            return None
        site = self.target_site
        imagepage = pywikibot.FilePage(site, filename)
        imagepage.text = self.description
        pywikibot.info('Uploading file to {}...'.format(site))
        ignore_warnings = self.ignore_warning is True or self._handle_warnings
        download = False
        while True:
            # a URL the wiki may not fetch itself is downloaded here first
            if '://' in file_url and (download or not site.has_right('upload_by_url')):
                try:
                    file_url = self.read_file_content(file_url)
                except pywikibot.exceptions.FatalServerError as e:
                    pywikibot.error(e)
                    return None
            try:
                success = imagepage.upload(file_url, ignore_warnings=ignore_warnings,
                                           chunk_size=self.chunk_size,
                                           asynchronous=self.asynchronous,
                                           comment=self.summary, text=self.description)
            except pywikibot.exceptions.APIError as error:
                if error.code == 'uploaddisabled':
                    pywikibot.error('Upload error: Local file uploads are disabled on {}.'
                                    .format(site))
                elif error.code == 'copyuploadbaddomain' and not download and '://' in file_url:
                    pywikibot.error(error)
                    pywikibot.info('Downloading the file and retry...')
                    download = True
                    continue
                else:
                    pywikibot.exception('Upload error: ')
                return None
            except Exception:
                pywikibot.exception('Upload error: ')
                return None
            break
        if success:
            pywikibot.info('Upload of {} successful.'.format(filename))
            # counted here and again by run(), as pywikibot 9.6.3 counts
            # (its statistics show two upload operations per file)
            self.counter['upload'] += 1
            return filename
        pywikibot.info('Upload aborted.')
        return None

    def read_file_content(self, file_url):
        """Download file_url into a new temporary file and return its
        name; FatalServerError when the server answers with an error or
        with a text page instead of a file."""
        import tempfile
        from pywikibot.comms import http
        from pywikibot.exceptions import Error, FatalServerError
        pywikibot.info('Reading file ' + file_url)
        handle, tempname = tempfile.mkstemp()
        os.close(handle)
        response = http.fetch(file_url)
        try:
            response.raise_for_status()
        except Error as e:
            raise FatalServerError(str(e))
        if 'text/' in response.headers['Content-Type']:
            raise FatalServerError('The requested URL was not found on server.')
        with open(tempname, 'wb') as f:
            f.write(response.content)
        pywikibot.info('Downloaded {} bytes'.format(os.path.getsize(tempname)))
        return tempname

    def skip_run(self):
        """Whether the site refuses uploads or the user may not upload."""
        self.target_site.login()
        if not self.target_site.has_right('upload'):
            pywikibot.error("User '{}' does not have upload rights on site {}."
                            .format(self.target_site.user(), self.target_site))
            return True
        return False

    def run(self):
        if self.skip_run():
            return
        # the exception that ends the run, for exit()'s statistics (exit
        # takes no argument, as pywikibot's)
        self._exit_exc = None
        try:
            for file_url in self.url:
                filename = self.upload_file(file_url)
                self.counter['read'] += 1
                if filename:
                    self.counter['upload'] += 1
                if callable(self.post_processor):
                    self.post_processor(file_url, filename)
        except QuitKeyboardInterrupt:
            pywikibot.info('\nUser quit {} bot run...'.format(type(self).__name__))
        except KeyboardInterrupt:
            if config.verbose_output:
                raise
            pywikibot.info('\nKeyboardInterrupt during {} bot run...'.format(type(self).__name__))
        except BaseException as e:
            self._exit_exc = e
            raise
        finally:
            try:
                self.exit()
            finally:
                self._exit_exc = None


class EditReplacementError(ChoiceException, UnhandledAnswer):
    """The answer 'edit': the text is to be edited and the replacement
    restarted."""

    def __init__(self):
        # stop (a read-only property of Option) is set by ChoiceException
        ChoiceException.__init__(self, 'edit', 'e', stop=True)


class InteractiveUnlink(InteractiveReplace):
    """The replace_links callback of BaseUnlinkBot: unlink, or not."""

    def __init__(self, bot):
        super().__init__(old_link=bot.pageToUnlink, new_link=False, default='u')
        self._always = AlwaysChoice(self, 'unlink all pages', 'a')
        self._always.always = bot.opt.always
        self.additional_choices = [AlwaysChoice(self, 'unlink all on page', 'p'),
                                   self._always, EditReplacementError()]
        self._bot = bot
        self.context = 100
        self.context_change = 100

    def handle_answer(self, choice):
        answer = super().handle_answer(choice)
        self._bot.opt.always = self._always.always
        return answer


class BaseUnlinkBot(ExistingPageBot, AutomaticTWSummaryBot):
    """A bot removing the links to a page from the pages it treats
    (option namespaces: the namespaces to work on, all when empty)."""

    use_redirects = False

    def __init__(self, **kwargs):
        self.available_options.update({'namespaces': []})
        super().__init__(**kwargs)

    def _create_callback(self):
        return InteractiveUnlink(self)

    def unlink(self, target_page):
        """Remove the links to target_page from the current page."""
        from pywikibot import textlib
        text = self.current_page.text
        while True:
            unlink_callback = self._create_callback()
            try:
                text = textlib.replace_links(text, unlink_callback, target_page.site)
            except EditReplacementError:
                new_text = TextEditor().edit(unlink_callback.current_text,
                                             jumpIndex=unlink_callback.current_range[0])
                text = new_text or unlink_callback.current_text
            else:
                break
        self.put_current(text)
