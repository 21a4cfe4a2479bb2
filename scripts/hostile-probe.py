#!/usr/bin/env python3
"""A hostile probe of a running Praxis (issue #18): throttle bypasses, 5xx on odd input, session races, replayed
remember-me cookies, oversized uploads, lookalike emails. Usage: hostile-probe.py BASE ADMIN_EMAIL ADMIN_PASSWORD.
Prints one line per check and a summary; exits 1 when any answer is >= 500 or a bypass is found."""
import concurrent.futures
import re
import sys
import uuid

import requests

BASE, ADMIN, ADMIN_PW = sys.argv[1].rstrip('/'), sys.argv[2], sys.argv[3]
FLAGSHIP = 'ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals'
PW = 'correct horse battery staple'
problems, tried = [], 0


def check(what, response, ok=lambda r: r.status_code < 500):
    global tried
    tried += 1
    good = ok(response)
    if not good:
        problems.append(f'{what}: {response.status_code} {response.headers.get("Location", "")}')
    return good


def csrf(session, path='/login'):
    html = session.get(BASE + path, allow_redirects=True).text
    found = re.search(r'name="_csrf" value="([^"]+)"', html) or re.search(r'name="_csrf" content="([^"]+)"', html)
    return found.group(1) if found else ''


def register(email, password=PW, name='Probe'):
    s = requests.Session()
    r = s.post(BASE + '/register', data={'email': email, 'displayName': name, 'password': password,
                                         '_csrf': csrf(s, '/register')}, allow_redirects=False)
    return s, r


def sign_in(email, password, path='/login', remember=False):
    s = requests.Session()
    data = {'username': email, 'password': password, '_csrf': csrf(s)}
    if remember:
        data['remember-me'] = 'on'
    r = s.post(BASE + path, data=data, allow_redirects=False)
    return s, r


def signed_in(r):
    return r.status_code in (302, 303) and r.headers.get('Location', '').rstrip('/') in ('', BASE)


def email(who):
    return f'{who}-{uuid.uuid4().hex[:8]}@example.org'


# 1. throttle: pause an account, then try every spelling of the sign-in URL, wrong and right password
victim = email('throttle')
register(victim)
for _ in range(6):
    sign_in(victim, 'wrong password here')
for path in ['/login', '/logi%6e', '/%6cogin', '/login;x=1', '//login', '/login/', '/LOGIN', '/./login', '/%2e/login']:
    s, r = sign_in(victim, PW, path)
    check(f'paused account signs in through {path}', r, lambda r: r.status_code < 500 and not signed_in(r))
print('throttle variants done')

# 2. long passwords: beyond bcrypt's 72 bytes, at registration and sign-in
emoji = ''.join(chr(0x1F300 + i * 7) for i in range(30))
long_email = email('emoji')
s, r = register(long_email, emoji)
check('register with 30 emoji', r, lambda r: r.status_code == 302)
check('sign in with 30 emoji', sign_in(long_email, emoji)[1], signed_in)
check('sign in with 30 emoji + x', sign_in(long_email, emoji + 'x')[1], lambda r: r.status_code < 500 and not signed_in(r))
for size in (73, 200, 10_000, 100_000):
    check(f'sign in with a {size}-character password', sign_in(victim.replace('@', '+x@'), 'p' * size)[1])
    check(f'register with a {size}-character password', register(email('long'), 'ab c' * (size // 4))[1])
print('long passwords done')

# 3. a learner and an admin (instructor pages), then NUL/CR-LF/{x} in every field and query
learner_email = email('probe')
learner, _ = register(learner_email)
admin, r = sign_in(ADMIN, ADMIN_PW)
assert signed_in(r), 'admin sign-in failed'
token_csrf = csrf(learner, '/settings')
page = learner.get(BASE + '/modules/' + FLAGSHIP + '/').text
prompt = re.search(r'name="promptId" value="([^"]+)"', page).group(1)
quiz = learner.get(BASE + '/quiz/' + FLAGSHIP + '/').text
question = re.search(r'name="questionId" value="([^"]+)"', quiz).group(1)
HOSTILE = ['\x00', 'a\x00b', '{x}', '${x}', '\r\nX-Injected: 1', '%00', '\u2c2f', '\ud800'.encode('utf-8', 'surrogatepass').decode('latin-1'),
           'x' * 20_000, '\u202e', '..\\..\\etc/passwd', '[[${7*7}]]']
forms = [
    (learner, '/predictions', {'promptId': prompt, 'body': 'I expect the GPU memory to be the limit here.'}),
    (learner, '/predictions/self-check', {'promptId': prompt, 'verdict': 'partly'}),
    (learner, '/settings/tokens', {'label': 'probe'}),
    (learner, '/quiz/drafts', {'module': FLAGSHIP, 'questionId': question, 'answer': 'memory bandwidth'}),
    (learner, '/quiz/attempts', {'module': FLAGSHIP, 'questionId': question, 'answer': 'memory bandwidth'}),
    (learner, '/quiz/drafts/clear', {'module': FLAGSHIP}),
    (learner, '/lab/work', {'module': FLAGSHIP, 'workload': 'fine-tuning', 'summary.evidence': 'nvidia-smi'}),
    (learner, '/inventory/uploads', {'paste': '$ nvidia-smi\nNVIDIA-SMI 550.54', 'returnTo': '/inventory'}),
    (learner, '/progress/read', {'module': FLAGSHIP, 'section': 'intro'}),
    (learner, '/account/password', {'currentPassword': PW, 'newPassword': 'another quiet river walk'}),
    (None, '/register', {'email': 'nul@example.org', 'displayName': 'Nul', 'password': PW}),
    (None, '/account/forgot', {'email': 'nul@example.org'}),
    (admin, '/instructor/rubrics/try', {'module': FLAGSHIP, 'yaml': 'questions: []', 'answer': 'x'}),
]
for who, path, fields in forms:
    for field in fields:
        for value in HOSTILE:
            data = dict(fields, **{field: value})
            session = who or requests.Session()
            data['_csrf'] = csrf(session, '/settings' if who is learner else '/register' if who is None else '/instructor')
            check(f'POST {path} {field}={value[:12]!r}', session.post(BASE + path, data=data, allow_redirects=False,
                                                                      headers={'X-Praxis-Autosave': '1'} if path == '/lab/work' else {}))
for path, who in [('/search', learner), ('/instructor', admin), ('/admin/users', admin), ('/instructor/cohort.csv', admin),
                  ('/labs/report', learner), ('/labs/report.md', learner), ('/inventory/compare', learner), ('/login', None)]:
    for param in ['q', 'module', 'page', 'throttled', 'a', 'b']:
        for value in HOSTILE:
            check(f'GET {path}?{param}={value[:12]!r}', (who or requests.Session()).get(BASE + path, params={param: value},
                                                                                       allow_redirects=False))
print('fields done')

# 4. CR/LF and {x} in path values (raw, not re-encoded by the client)
for raw in ['/quiz/%7Bx%7D/', '/quiz/%0d%0aX-Injected:%201/', '/lab/%7Bx%7D', '/lab/%0d%0a', '/modules/%7Bx%7D/',
            '/modules/%0d%0aX:1/', '/account/reset/%0d%0a', '/account/reset/%7Bx%7D', '/quiz/attempts/%7Bx%7D',
            '/instructor/rubrics/%7Bx%7D', '/inventory/uploads/%0a', '/quiz/%00/', '/modules/%00/', '/%2e%2e/%2e%2e/etc/passwd',
            '/error', '/quiz/..%2f..%2fadmin/users']:
    for who in (learner, admin):
        req = requests.Request('GET', BASE + raw, cookies=who.cookies).prepare()
        req.url = BASE + raw
        r = who.send(req, allow_redirects=False)
        check(f'GET {raw}', r, lambda r: r.status_code < 500 and 'X-Injected' not in r.headers)
for module in ['{x}', '\r\nX-Injected: 1', '../../admin', '%7Bx%7D']:
    r = learner.post(BASE + '/quiz/drafts/clear', data={'module': module, '_csrf': csrf(learner, '/settings')}, allow_redirects=False)
    check(f'clear drafts module={module!r}', r, lambda r: r.status_code < 500 and 'X-Injected' not in r.headers)
print('paths done')

# 5. parallel first requests right after sign-in, and on a fresh anonymous session
for round_ in range(3):
    fresh, r = sign_in(learner_email, PW)
    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(lambda p: fresh.get(BASE + p, allow_redirects=False),
                                ['/', '/settings', '/progress', '/modules/' + FLAGSHIP + '/', '/search?q=gpu'] * 20))
    for a in answers:
        check(f'parallel first request round {round_}', a)
print('parallel done')

# 6. remember-me: sign in remembered, use the cookie once (it rotates), replay the old one
rm_email = email('remember')
register(rm_email)
s, r = sign_in(rm_email, PW, remember=True)
old = s.cookies.get('remember-me')
first = requests.Session()
first.cookies.set('remember-me', old)
r1 = first.get(BASE + '/settings', allow_redirects=False)
check('remember-me first use', r1, lambda r: r.status_code == 200)
replay = requests.Session()
replay.cookies.set('remember-me', old)
r2 = replay.get(BASE + '/settings', allow_redirects=False)
check('remember-me replay', r2, lambda r: r.status_code < 500 and r.status_code != 200)
check('remember-me garbage', requests.get(BASE + '/settings', cookies={'remember-me': 'Zm9vOmJhcg'}, allow_redirects=False),
      lambda r: r.status_code < 500 and r.status_code != 200)
print('remember-me done; SameSite on remember-me:', 'samesite' in r.headers.get('Set-Cookie', '').lower())

# 7. oversized uploads: the page and the API, then the hourly quota
learner, _ = register(email('uploads'))  # the field probes above may have used up the first learner's tokens
up_csrf = csrf(learner, '/inventory')
r = learner.post(BASE + '/inventory/uploads', data={'_csrf': up_csrf, 'returnTo': '/inventory'},
                 files={'file': ('big.json', b'{' + b' ' * (5 * 1024 * 1024) + b'}')}, allow_redirects=False)
check('5 MiB page upload', r)
t = learner.post(BASE + '/settings/tokens', data={'label': 'probe api', '_csrf': csrf(learner, '/settings')}, allow_redirects=True)
token = re.search(r'(pxu_[A-Za-z0-9_\-]+)', t.text)
if token:
    auth = {'Authorization': 'Bearer ' + token.group(1), 'Content-Type': 'application/json'}
    check('2 MiB API upload', requests.post(BASE + '/api/v1/inventory', data=b'x' * (2 * 1024 * 1024), headers=auth))
    check('NUL agent JSON', requests.post(BASE + '/api/v1/inventory', data='{"schema":"praxis-inventory/1","host":"a\\u0000b"}', headers=auth))
    statuses = [requests.post(BASE + '/api/v1/inventory', data=b'{"x":' + b'1' * 1000 + b'}', headers=auth).status_code for _ in range(40)]
    check('hourly quota answers 429', type('R', (), {'status_code': max(statuses), 'headers': {}})(),
          lambda r: 429 in statuses and max(statuses) < 500)
else:
    problems.append('no token shown on the settings page')
print('uploads done')

# 8. lookalike emails of an existing account
base_email = email('look')
register(base_email)
local = base_email.split('@')[0]
for variant in [base_email + '.', base_email.upper(), ' ' + base_email, local.replace('o', '\u043e', 1) + '@example.org',
                ''.join(chr(ord(c) - ord('a') + 0xFF41) if 'a' <= c <= 'z' else c for c in local) + '@example.org',
                local[:2] + '\u200b' + local[2:] + '@example.org', '\u2c2f' + base_email, local + '@example.org\u3002',
                local + '@EXAMPLE.org..']:
    r = register(variant)[1]
    check(f'lookalike {variant!r}', r, lambda r: r.status_code == 400)

# 9. the rubric editor: a learner is refused, an instructor gets no 5xx on huge, NUL, CR/LF or odd module values, and
# a backtracking regular expression in a tried rubric ((\w*)*\1x: a back-reference turns off Java's memo, about
# 90 s on 28 letters unbounded) does not hold a request thread
import html as html_lib
import time
learner, _ = register(email('rubric'))
editor_page = admin.get(BASE + '/instructor/rubrics/' + FLAGSHIP).text
saved_yaml = html_lib.unescape(re.search(r'<textarea id="rubric-yaml"[^>]*>(.*?)</textarea>', editor_page, re.S).group(1))
saved_yaml = saved_yaml[1:] if saved_yaml.startswith('\n') else saved_yaml
base = html_lib.unescape(re.search(r'name="base" value="([^"]*)"', editor_page).group(1))
for path in ['/instructor/rubrics/try', '/instructor/rubrics/save', '/instructor/rubrics/regrade']:
    r = learner.post(BASE + path, data={'module': FLAGSHIP, 'yaml': saved_yaml, 'base': base, 'question': 'Q1',
                                        'answer': 'x', '_csrf': csrf(learner, '/settings')}, allow_redirects=False)
    check(f'learner POST {path}', r, lambda r: r.status_code == 403)
    check(f'learner GET /instructor/rubrics/ module', learner.get(BASE + '/instructor/rubrics/' + FLAGSHIP,
                                                                   allow_redirects=False), lambda r: r.status_code == 403)
RUBRIC_VALUES = {
    'yaml': ['x' * 300_000, 'module: ' + FLAGSHIP + '\nquestions:\n' + '  # filler\n' * 200_000, saved_yaml + '\x00',
             saved_yaml.replace('\n', '\r\n'), saved_yaml.replace('\n', '\r'), '- [' * 5_000, '&a [' + '*a,' * 1000 + ']',
             '{' * 100_000, 'module: "\\x00"\nquestions: {}', '\ufeff' + saved_yaml, 'module: !!java.io.File /etc\n'],
    'module': ['{x}', '../../../etc/passwd', FLAGSHIP + '/../../..', '\r\nX-Injected: 1', '%7Bx%7D', '', 'a' * 10_000,
               FLAGSHIP + '\x00'],
    'question': ['{x}', 'Q0', 'Q99999999999999999999', '\x00', 'x' * 10_000],
    'base': ['{x}', '\x00', 'x' * 10_000],
}
rubric_statuses = {}
for path in ['/instructor/rubrics/try', '/instructor/rubrics/save', '/instructor/rubrics/regrade']:
    for field, values in RUBRIC_VALUES.items():
        for value in values:
            fields = {'module': FLAGSHIP, 'yaml': saved_yaml, 'base': base + 'stale', 'question': 'Q1', 'answer': 'x'}
            fields[field] = value
            fields['_csrf'] = csrf(admin, '/instructor')
            r = admin.post(BASE + path, data=fields, allow_redirects=False)
            rubric_statuses[r.status_code] = rubric_statuses.get(r.status_code, 0) + 1
            check(f'POST {path} {field}={value[:12]!r} ({len(value)} chars)', r,
                  lambda r: r.status_code < 500 and 'X-Injected' not in r.headers
                  and (field != 'module' or value.replace('\x00', '') == FLAGSHIP or r.status_code >= 400))
for raw in ['%7Bx%7D', '..%2f..%2fetc%2fpasswd', FLAGSHIP + '/%2e%2e/%2e%2e', '%0d%0aX-Injected:%201', '%00']:
    req = requests.Request('GET', BASE + '/instructor/rubrics/' + raw, cookies=admin.cookies).prepare()
    req.url = BASE + '/instructor/rubrics/' + raw
    check(f'GET /instructor/rubrics/{raw}', admin.send(req, allow_redirects=False),
          lambda r: r.status_code < 500 and 'X-Injected' not in r.headers)
# a save of the text as it is (same base) is accepted and changes nothing
r = admin.post(BASE + '/instructor/rubrics/save', data={'module': FLAGSHIP, 'yaml': saved_yaml, 'base': base,
                                                        '_csrf': csrf(admin, '/instructor')}, allow_redirects=False)
check('save of the unchanged rubric', r, lambda r: r.status_code in (302, 303))
catastrophic = saved_yaml.replace('  - id: cloud\n    phrases: [cloud]',
                                  "  - id: cloud\n    phrases: [cloud]\n    patterns: ['(\\w*)*\\1x']", 1)
assert catastrophic != saved_yaml, 'the flagship rubric changed shape: update the catastrophic-pattern probe'
started = time.monotonic()
try:
    r = admin.post(BASE + '/instructor/rubrics/try', timeout=30,
                   data={'module': FLAGSHIP, 'yaml': catastrophic, 'base': base, 'question': 'Q1',
                         'answer': 'a' * 28 + '!', '_csrf': csrf(admin, '/instructor')}, allow_redirects=False)
    check(f'catastrophic pattern answered in {time.monotonic() - started:.1f} s', r,
          lambda r: r.status_code < 500 and time.monotonic() - started < 10)
except requests.exceptions.Timeout:
    check('catastrophic pattern answered within 30 s', type('R', (), {'status_code': 599, 'headers': {}})())
print('rubric editor done; instructor answers by status:', dict(sorted(rubric_statuses.items())))

# 10. the kept lesson page: a second learner never sees the first one's prediction, sections read, name or token
first, second = register(email('cache-a'), name='Cache Alpha Learner')[0], register(email('cache-b'), name='Cache Beta')[0]
lesson = BASE + '/modules/' + FLAGSHIP + '/'
marker = 'prediction-marker-' + uuid.uuid4().hex
first.get(lesson)
first_csrf = csrf(first, '/modules/' + FLAGSHIP + '/')
first.post(BASE + '/predictions', data={'promptId': prompt, 'body': 'I expect ' + marker, '_csrf': first_csrf})
for section in ['learning-outcomes', 'why-this-module-matters']:
    first.post(BASE + '/progress/read', data={'module': FLAGSHIP, 'section': section, '_csrf': first_csrf})
first_page = first.get(lesson).text
check('first learner sees their own prediction', type('R', (), {'status_code': 200 if marker in first_page else 418,
                                                               'headers': {}})(), lambda r: r.status_code == 200)


def tokens_of(page):
    return set(re.findall(r'name="_csrf" (?:value|content)="([^"]+)"', page))


def leak_free(page, first_tokens):
    read = re.findall(r'data-read-sections="([^"]*)"', page)  # a visitor's page has no such attribute
    return (marker not in page and 'Cache Alpha Learner' not in page and not any(read)
            and not tokens_of(page) & first_tokens)


first_tokens = set()
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    pages = list(pool.map(lambda who: (who, who.get(lesson).text), [first, second, requests.Session()] * 10))
for who, text in pages:
    if who is first:
        first_tokens |= tokens_of(text)
for who, text in pages:
    if who is not first:
        check('second learner or visitor gets only their own page', type('R', (), {'status_code': 200, 'headers': {}})(),
              lambda r: leak_free(text, first_tokens))
second_page = second.get(lesson).text
second_token = next(iter(tokens_of(second_page)), '')
# the token on the second learner's page is the second learner's: their session accepts it, the first's refuses it
check('second learner posts with the token on their page', second.post(BASE + '/progress/read', data={
    'module': FLAGSHIP, 'section': 'learning-outcomes', '_csrf': second_token}, allow_redirects=False),
      lambda r: r.status_code == 204)
check('first learner cannot post with the second learner token', first.post(BASE + '/progress/read', data={
    'module': FLAGSHIP, 'section': 'core-content', '_csrf': second_token}, allow_redirects=False),
      lambda r: r.status_code == 403)
print('lesson page cache done')

# 11. searches with 10 kB queries, NUL and friends
for path, who in [('/search', learner), ('/search', requests.Session()), ('/instructor', admin), ('/admin/users', admin)]:
    for value in ['gpu ' * 2_500, 'a' * 10_240, 'é' * 10_240, '\x00', 'gpu\x00memory', '"' * 10_000, '*' * 10_000,
                  '(' * 5_000, '\\' * 10_000, "' OR 1=1 --", '%', '_', ':*', '!&|<->']:
        check(f'GET {path}?q={value[:12]!r} ({len(value)} chars)', who.get(BASE + path, params={'q': value},
                                                                           allow_redirects=False))
print('searches done')

# 12. the agent API with malformed JSON fields: 2xx (perhaps with warnings) or 4xx, never 5xx, and the bytes kept
MALFORMED = ['{"schemaVersion": "one", "source": "agent"}', '{"schemaVersion": 1e999}', '{"schemaVersion": -1}',
             '{"schemaVersion": 1, "source": "agent", "memory": {"totalBytes": "lots"}}',
             '{"schemaVersion": 1, "source": "agent", "memory": {"totalBytes": 1e400}}',
             '{"schemaVersion": 1, "source": "agent", "memory": {"totalBytes": 99999999999999999999999999}}',
             '{"schemaVersion": 1, "source": "agent", "gpus": {"name": "not a list"}}',
             '{"schemaVersion": 1, "source": "agent", "gpus": [null, 1, "x", []]}',
             '{"schemaVersion": 1, "source": "agent", "disks": [{"sizeBytes": -5}]}',
             '{"schemaVersion": 1, "source": "agent", "os": "Linux"}', '{"schemaVersion": 1, "source": "martian"}',
             '{"schemaVersion": 1, "schemaVersion": 2}', '[' * 10_000 + ']' * 10_000, '{"a":' * 5_000,
             '{"schemaVersion": 1, "source": "agent", "cpu": {"model": "\\ud800"}}', '{"x": "\\u0000"}',
             '{"schemaVersion": 1, "source": "agent", "unknowns": {"a": {"b": 1}}}', '\ufeff{"schemaVersion": 1}',
             'null', 'true', '"a string"', '{}', '{"schemaVersion": 1, "source": "agent"', '{,}', '']
agent_statuses = {}
for i, body in enumerate(MALFORMED):
    if i % 20 == 0:
        owner, _ = register(email('agent'))
        t = owner.post(BASE + '/settings/tokens', data={'label': 'malformed', '_csrf': csrf(owner, '/settings')})
        bearer = re.search(r'(pxu_[A-Za-z0-9_\-]+)', t.text).group(1)
    r = requests.post(BASE + '/api/v1/inventory', data=body.encode('utf-8', 'surrogatepass'),
                      headers={'Authorization': 'Bearer ' + bearer, 'Content-Type': 'application/json'})
    good = check(f'agent JSON {body[:30]!r} -> {r.status_code}', r, lambda r: r.status_code < 500)
    agent_statuses[r.status_code] = agent_statuses.get(r.status_code, 0) + 1
    upload_id = (r.json().get('id') or r.json().get('uploadId')) if good and r.content else None
    if upload_id:
        kept = owner.get(BASE + f'/inventory/uploads/{upload_id}/raw')
        check(f'agent JSON {body[:30]!r} kept verbatim', kept,
              lambda k: k.status_code == 200 and k.content == body.encode('utf-8', 'surrogatepass'))
print('agent JSON done; answers by status:', dict(sorted(agent_statuses.items())))

print(f'{tried} checks, {len(problems)} problems')
for p in problems:
    print('  ' + p)
sys.exit(1 if problems else 0)
