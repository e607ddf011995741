from collections import defaultdict
usernames = defaultdict(
    lambda: defaultdict(str),
    {
        'wikipedia': defaultdict(str, {
            'test': 'CactusismeBot',
        }),
    }
)
usernames['wikipedia']['en'] = 'Other'
usernames['commons']['commons'] = 'C'
print(dict(usernames['wikipedia']), usernames['commons'], usernames['x']['y'] == '')
print(sorted(usernames))
