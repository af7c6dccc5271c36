import { chromium } from 'playwright-chromium'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--no-first-run'] })
const p = await b.newPage({ viewport: { width: 980, height: 552 } })
await p.goto('http://localhost:3939/print', { waitUntil: 'networkidle' })
await p.waitForTimeout(3000)
await p.screenshot({ path: '/tmp/print.png', fullPage: true })
const info = await p.evaluate(() => [...document.querySelectorAll('.mermaid')].map(m => { const svg = m.shadowRoot?.querySelector('svg'); return svg ? { vb: svg.getAttribute('viewBox'), h: svg.getAttribute('height'), style: svg.getAttribute('style'), rect: JSON.stringify(svg.getBoundingClientRect()), texts: [...svg.querySelectorAll('text')].slice(0,6).map(t=>t.textContent + '@' + t.getAttribute('x')+','+t.getAttribute('y')+ ' ' + t.getAttribute('transform')) } : 'nosvg' }))
console.log(JSON.stringify(info, null, 1))
await b.close()
