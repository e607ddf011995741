('ExampleBot', 'good-secret')
ExampleBot: hunter2
('ExampleBot', 'a', 'b', 'c', 'd')
