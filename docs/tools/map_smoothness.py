"""Stakeholder-map smoothness in headless Chromium: time to a drawn map of N people, and frames per second while
the map zooms and pans. Needs chromium, chromium-driver and python3-selenium (Debian packages) and a running
kam-graph. Usage: /usr/bin/python3 docs/tools/map_smoothness.py http://127.0.0.1:8080 Decision DEC-0001 1000 2000 3000
"""
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

base, kind, node_id, sizes = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900"]:
    options.add_argument(a)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_script_timeout(60)
try:
    for first in sizes:
        t0 = time.time()
        driver.get(f"{base}/app/index.html#/map/{kind}/{node_id}?first={first}")
        status = None
        for _ in range(600):
            time.sleep(0.2)
            text = driver.find_element(By.ID, "main").text
            if "Laid out and drawn" in text:
                status = next(line for line in text.splitlines() if "Laid out" in line)
                break
        ready = time.time() - t0
        frames = driver.execute_async_script("""
          const done = arguments[arguments.length - 1]; const cy = window.__kamMap;
          let frames = 0, worst = 0, last = performance.now(); const t0 = last;
          function tick(now) { frames++; worst = Math.max(worst, now - last); last = now;
            if (now - t0 < 2000) requestAnimationFrame(tick);
            else done({nodes: cy.nodes().length, fps: frames * 1000 / (now - t0), worst});
          }
          cy.animate({zoom: cy.zoom() * 3, pan: {x: 100, y: 50}}, {duration: 1900});
          requestAnimationFrame(tick);""")
        print(f"{first} people: ready in {ready:.1f} s ({status}); {frames['nodes']} nodes, "
              f"{frames['fps']:.1f} frames/s while zooming and panning, worst frame {frames['worst']:.0f} ms")
finally:
    driver.quit()
