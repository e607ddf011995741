class BaseBot:
    available_options = {"always": False, "summary": None}
    def __init__(self, **kwargs):
        self.opt = dict(self.available_options)
        for k, v in kwargs.items():
            if k not in self.available_options:
                raise ValueError("unknown option %r" % k)
            self.opt[k] = v
        self._treat_counter = 0
    @property
    def generator(self):
        return self._gen
    @generator.setter
    def generator(self, g):
        self._gen = g
    def treat(self, page):
        raise NotImplementedError("%s.treat()" % type(self).__name__)
    def run(self):
        for page in self.generator:
            try:
                self.treat(page)
            except SkipPage as e:
                print("skip", page, "-", e)
                continue
            self._treat_counter += 1
        print("done", self._treat_counter)
class SkipPage(Exception):
    def __init__(self, page, reason="no reason"):
        super().__init__(reason)
        self.page = page
class MyBot(BaseBot):
    available_options = dict(BaseBot.available_options, limit=10)
    def __init__(self, generator, **kwargs):
        super().__init__(**kwargs)
        self.generator = generator
    def treat(self, page):
        if page.startswith("Skip"):
            raise SkipPage(page, reason="title starts with Skip")
        print("treat", page, self.opt["summary"])
bot = MyBot(iter(["A", "Skip me", "B"]), summary="fix")
bot.run()
try:
    MyBot([], bogus=1)
except ValueError as e:
    print("ValueError:", e)
try:
    BaseBot().treat("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(sorted(bot.opt.items()))
