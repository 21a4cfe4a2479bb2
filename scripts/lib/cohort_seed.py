"""Gives the cohort of scripts/cohort-benchmark.sh a history and saves the pages nginx serves.

python3 cohort_seed.py BASE LEARNERS PATHS WWW
  LEARNERS: "SESSION csrf email" lines (LearnerLoad register); PATHS: one /modules/<slug>/ per line.
Each learner reads 1-3 sections in 30 random modules and commits a prediction in up to 10 modules that have prompts,
through the platform's own endpoints. Then every module page is saved, as a random learner sees it, under WWW at its
own path, so nginx serves the very same pages. Standard library only; prints a JSON summary.
"""
import concurrent.futures
import json
import os
import random
import re
import sys
import urllib.parse
import urllib.request

base, learners_file, paths_file, www = sys.argv[1:5]
learners = [line.split() for line in open(learners_file) if line.strip()]
paths = [line.strip() for line in open(paths_file) if line.strip()]
random.seed(17)


def fetch(path, session, data=None, csrf=None):
    headers = {"Cookie": "SESSION=" + session, "Accept": "text/html"}
    if csrf:
        headers["X-CSRF-TOKEN"] = csrf
        headers["X-Praxis-Fragment"] = "1"
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(base + path, data=body, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read()


def shape(path):
    html = fetch(path, learners[0][0])[1].decode()
    module = re.search(r'data-module="([^"]+)"', html).group(1)
    article = html[html.index('<article'):html.index('</article>')]
    return path, module, re.findall(r'<h2 id="([^"]+)"', article), sorted(set(re.findall(r'name="promptId" value="([^"]+)"', html)))


with concurrent.futures.ThreadPoolExecutor(8) as pool:
    shapes = list(pool.map(shape, paths))
with_prompts = [s for s in shapes if s[3]]


def history(learner):
    session, csrf = learner[0], learner[1]
    writes = 0
    for _, module, sections, _ in random.sample(shapes, min(30, len(shapes))):
        for section in sections[:random.randint(1, 3)]:
            status, _ = fetch("/progress/read", session, {"module": module, "section": section}, csrf)
            writes += status == 204
    for _, module, _, prompts in random.sample(with_prompts, min(10, len(with_prompts))):
        status, _ = fetch("/predictions", session, {"promptId": prompts[0],
                                                    "body": "Memory runs out first because the working set doubles."}, csrf)
        writes += status == 200
    return writes


with concurrent.futures.ThreadPoolExecutor(8) as pool:
    writes = sum(pool.map(history, learners))


def save(path):
    body = fetch(path, random.choice(learners)[0])[1]
    target = www + path + "index.html"
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as out:
        out.write(body)
    return len(body)


with concurrent.futures.ThreadPoolExecutor(8) as pool:
    sizes = sorted(pool.map(save, paths))
print(json.dumps({"modules": len(paths), "withPrompts": len(with_prompts), "writes": writes,
                  "pageBytes": {"min": sizes[0], "median": sizes[len(sizes) // 2], "max": sizes[-1],
                                "mean": sum(sizes) // len(sizes)}}))
