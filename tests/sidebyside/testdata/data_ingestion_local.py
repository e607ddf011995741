"""Runs pywikibot 9.6.3's data_ingestion bot, unmodified, on a local CSV
file whose rows name files on a local HTTP server: what the script's main()
does once its options are read (9.6.3 never reads -csvdir: it compares the
option with "-csvdir:" after cutting the colon off). Arguments: the CSV
directory; GWB_PWB963 names the pywikibot 9.6.3 checkout whose scripts
package is imported."""
import codecs
import os
import sys

sys.path.insert(0, os.environ['GWB_PWB963'])

import pywikibot  # noqa: E402
from scripts.data_ingestion import CSVReader, DataIngestionBot  # noqa: E402

csv_dir = sys.argv[1]
site = pywikibot.Site()
config_page = pywikibot.Page(site, 'Ingestion config')
config_page.get()
configuration = DataIngestionBot.parse_configuration_page(config_page)
print(sorted(configuration.items()))
with codecs.open(os.path.join(csv_dir, configuration['csvFile']), 'r', configuration['csvEncoding']) as f:
    files = CSVReader(f, urlcolumn='url', site=config_page.site, dialect=configuration['csvDialect'],
                      delimiter=str(configuration['csvDelimiter']))
    bot = DataIngestionBot(configuration['titleFormat'], configuration['formattingTemplate'],
                           generator=files)
    bot.run()
