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

print(f'{tried} checks, {len(problems)} problems')
for p in problems:
    print('  ' + p)
sys.exit(1 if problems else 0)
