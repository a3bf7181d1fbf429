"""Project commands of ``scrapy`` (``COMMANDS_MODULE``): ``crawl`` with a meaningful exit status."""
