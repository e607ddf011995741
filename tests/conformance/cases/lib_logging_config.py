# logging.config: dictConfig (formatters, filters, handlers, ext://, loggers,
# root, disabling existing loggers, errors) and fileConfig.
import io, logging, logging.config, sys, tempfile, os

stream = io.StringIO()
old = logging.getLogger('old.one')
logging.config.dictConfig({
    'version': 1,
    'formatters': {'brief': {'format': '%(levelname)s|%(name)s|%(message)s'},
                   'curly': {'format': '{levelname}:{message}', 'style': '{'}},
    'filters': {'onlybot': {'name': 'bot'}},
    'handlers': {
        'mem': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'level': 'INFO', 'stream': stream},
        'out': {'class': 'logging.StreamHandler', 'formatter': 'curly', 'stream': 'ext://sys.stdout',
                'filters': ['onlybot']},
    },
    'loggers': {'bot': {'handlers': ['mem'], 'level': 'DEBUG', 'propagate': False}},
    'root': {'handlers': ['out'], 'level': 'WARNING'},
})
log = logging.getLogger('bot')
log.debug('hidden by handler level')
log.info('saved %d pages', 3)
logging.getLogger('bot.child').warning('child message')
logging.getLogger('other').warning('other message')
print(repr(stream.getvalue()))
print(old.disabled, logging.getLogger('bot').propagate, logging.getLogger().level)
try:
    logging.config.dictConfig({'version': 2})
except ValueError as e:
    print('ValueError', e)
try:
    logging.config.dictConfig({'version': 1, 'handlers': {'h': {'class': 'no.such.Handler'}}})
except ValueError as e:
    print('ValueError', e)
ini = os.path.join(tempfile.mkdtemp(), 'log.ini')
with open(ini, 'w') as f:
    f.write('[loggers]\nkeys=root,app\n[handlers]\nkeys=h\n[formatters]\nkeys=f\n'
            '[logger_root]\nlevel=WARNING\nhandlers=h\n'
            '[logger_app]\nlevel=DEBUG\nhandlers=h\nqualname=app\npropagate=0\n'
            '[handler_h]\nclass=StreamHandler\nlevel=DEBUG\nformatter=f\nargs=(sys.stdout,)\n'
            '[formatter_f]\nformat=F %(name)s %(levelname)s %(message)s\n')
logging.config.fileConfig(ini)
logging.getLogger('app').debug('from ini')
logging.getLogger('zzz').info('not shown')
print(logging.config.valid_ident('abc'))
