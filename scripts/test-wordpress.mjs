// End-to-end test of the WordPress plugin on a real WordPress: Debian's `wordpress` package with
// MariaDB and Apache/PHP, all started here on loopback in a fresh folder and stopped at the end
// (installed with apt when missing). It installs the built zip as an upload would, creates content
// as an Administrator, an Author and an Editor through the REST API (as the block editor does),
// opens each page in Debian's Chromium, and checks what issue 10 asks. `npm run test:wordpress`.
//
// KEEP=1 leaves the folder, the services and the browser's pages up for a look; WP_TEST_PORT moves
// the two ports (default 8791 and 8792).
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './browsers.mjs';
import { docSnippet } from './doc-snippets.mjs';
import { zipName } from './wordpress-zip.mjs';

const started = Date.now();
const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const PORT = Number(process.env.WP_TEST_PORT || 8791);
const CSP_PORT = PORT + 1;
const KEEP = process.env.KEEP === '1';
const asRoot = process.getuid?.() === 0;
const WP = '/usr/share/wordpress';
const CONFIG_NAME = `spasm-checker-test-${process.pid}`;
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'apache2',
  'libapache2-mod-php',
  'php-mysql',
];
const WIDTHS = [390, 1280];
const INSTALL_DOC = readFileSync('docs/install.md', 'utf8');
const calmAnswers = {
  who: 'self',
  emergency: ['none'],
  where: ['calf-foot'],
  'leg-swelling': 'no',
  'leg-signs': ['none'],
  'nerve-pain': ['none'],
  medicines: ['none'],
  'other-signs': ['none'],
  pattern: ['none'],
  background: ['none'],
};

// ---- Reporting -------------------------------------------------------------------------------

const results = [];
const timings = [];
const figures = [];
function check(name, ok, detail = '') {
  results.push({ name, ok: Boolean(ok), detail });
  console.log(
    `${ok ? '  ok  ' : '  FAIL'} ${name}${!ok && detail ? `\n         ${String(detail).replace(/\n/g, '\n         ')}` : ''}`,
  );
}
async function phase(name, run) {
  const t = Date.now();
  console.log(`\n# ${name}`);
  try {
    return await run();
  } finally {
    timings.push([name, (Date.now() - t) / 1000]);
  }
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// ---- Processes ---------------------------------------------------------------------------------

function run(command, args, options = {}) {
  const out = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (out.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${out.status ?? out.signal}):\n${out.stdout ?? ''}${out.stderr ?? ''}`.trim(),
    );
  }
  return out.stdout;
}
/** @type {(import('node:child_process').ChildProcess & { stopping?: boolean })[]} */
const children = [];
function start(command, args, log) {
  // Its own process group: Apache's prefork stops by signalling its whole group, which would
  // otherwise be this script's (and the shell's that runs it).
  /** @type {import('node:child_process').ChildProcessByStdio<null, null, import('node:stream').Readable> & { stopping?: boolean }} */
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`${log} exited (${code ?? signal}): ${stderr.trim()}`);
  });
  children.push(child);
  return child;
}
async function stopAll() {
  for (const child of children.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.stopping = true;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([gone, sleep(15000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
async function waitFor(what, test, seconds = 60) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await test().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

// ---- Packages ----------------------------------------------------------------------------------

function installPackages() {
  const installed = (name) =>
    spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout === 'install ok installed';
  const missing = PACKAGES.filter((name) => !installed(name));
  if (!missing.length) {
    console.log(`  Debian packages present: ${PACKAGES.join(', ')}`);
    return;
  }
  console.log(`  installing from Debian: ${missing.join(' ')}`);
  const sudo = asRoot ? [] : ['sudo'];
  const apt = [...sudo, 'apt-get', '-o', 'DPkg::Lock::Timeout=600'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run(apt[0], [...apt.slice(1), 'update', '-q'], { env, stdio: 'inherit' });
  run(apt[0], [...apt.slice(1), 'install', '-y', '-q', '--no-install-recommends', ...missing], {
    env,
    stdio: 'inherit',
  });
}

// ---- Services ----------------------------------------------------------------------------------

const WORK = mkdtempSync('/tmp/spasm-wp-');
chmodSync(WORK, 0o755);
const SOCKET = join(WORK, 'mysqld.sock');
const CONTENT = join(WORK, 'wp-content');
const DEBUG_LOG = join(WORK, 'debug.log');

async function startMariadb() {
  const datadir = join(WORK, 'db');
  const user = asRoot ? ['--user=root'] : [];
  run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${datadir}`,
    '--auth-root-authentication-method=socket',
    '--skip-test-db',
    ...user,
  ]);
  start(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${SOCKET}`,
      '--skip-networking',
      `--pid-file=${join(WORK, 'mysqld.pid')}`,
      '--innodb-buffer-pool-size=64M',
      ...user,
    ],
    'mariadbd',
  );
  await waitFor('MariaDB', async () => existsSync(SOCKET));
  run('mariadb', [
    '--no-defaults',
    `--socket=${SOCKET}`,
    '-u',
    asRoot ? 'root' : process.env.USER,
    '-e',
    "CREATE DATABASE wp; CREATE USER wp@localhost IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO wp@localhost;",
  ]);
}

function writeWordpressConfig() {
  for (const dir of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(CONTENT, dir), { recursive: true });
  symlinkSync(`${WP}/wp-content/themes/twentytwentythree`, join(CONTENT, 'themes/twentytwentythree'));
  writeFileSync(DEBUG_LOG, '');
  chmodSync(DEBUG_LOG, 0o666);
  const salt = () => randomBytes(24).toString('hex');
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  // Picked by Debian's wp-config.php through WORDPRESS_CONFIG (SetEnv in Apache, $_SERVER in PHP).
  writeFileSync(
    CONFIG_FILE,
    `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${SOCKET}');
define('WP_CONTENT_DIR', '${CONTENT}');
$spasm_host = isset($_SERVER['HTTP_HOST']) ? $_SERVER['HTTP_HOST'] : '127.0.0.1:${PORT}';
define('WP_HOME', 'http://' . $spasm_host);
define('WP_SITEURL', 'http://' . $spasm_host);
define('WP_CONTENT_URL', 'http://' . $spasm_host . '/wp-content');
define('FS_METHOD', 'direct');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${DEBUG_LOG}');
${keys.map((k) => `define('${k}', '${salt()}');`).join('\n')}
`,
  );
}

async function startApache() {
  const modules = '/usr/lib/apache2/modules';
  const php = readdirSync(modules).find((f) => /^libphp[\d.]*\.so$/.test(f));
  if (!php) throw new Error('no libphp*.so in /usr/lib/apache2/modules: is libapache2-mod-php installed?');
  const load = (name, file) =>
    `<IfModule !${name}_module>\n  LoadModule ${name}_module ${modules}/${file ?? `mod_${name}.so`}\n</IfModule>`;
  // The docs' own lines for a WordPress front end, as a webmaster would paste them.
  const cspLines = docSnippet(INSTALL_DOC, 'wordpressCsp');
  writeFileSync(
    join(WORK, 'apache.conf'),
    `ServerRoot ${WORK}
ServerName 127.0.0.1
Listen 127.0.0.1:${PORT}
Listen 127.0.0.1:${CSP_PORT}
PidFile ${WORK}/apache.pid
ErrorLog ${WORK}/apache-error.log
${load('mpm_prefork')}
${load('unixd')}
${load('authz_core')}
${load('mime')}
${load('dir')}
${load('alias')}
${load('env')}
${load('headers')}
${load('rewrite')}
${load('php', php)}
StartServers 2
MinSpareServers 2
MaxSpareServers 4
${asRoot ? 'User www-data\nGroup www-data' : ''}
TypesConfig /etc/mime.types
DocumentRoot ${WP}
DirectoryIndex index.php
SetEnv WORDPRESS_CONFIG ${CONFIG_NAME}
Alias /wp-content ${CONTENT}
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${WP}>
  Options FollowSymLinks
  Require all granted
  # WordPress's own rules (Settings › Permalinks), so that it answers /favicon.ico as a real site does.
  RewriteEngine On
  RewriteRule ^index\\.php$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
<Directory ${CONTENT}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${WP}/wp-content/themes>
  Require all granted
</Directory>
<VirtualHost 127.0.0.1:${PORT}>
</VirtualHost>
<VirtualHost 127.0.0.1:${CSP_PORT}>
${cspLines}
</VirtualHost>
`,
  );
  run('apache2', ['-t', '-f', join(WORK, 'apache.conf')]);
  start('apache2', ['-f', join(WORK, 'apache.conf'), '-DFOREGROUND'], 'apache2');
  await waitFor(
    'Apache',
    async () => (await fetch(`http://127.0.0.1:${PORT}/wp-includes/js/wp-emoji-loader.min.js`)).status === 200,
  );
}

/** Runs a PHP snippet inside WordPress (wp-load.php) and returns what it prints as JSON. */
function wpPhp(code, { installing = false } = {}) {
  const file = join(WORK, 'run.php');
  writeFileSync(
    file,
    `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${PORT}';
$_SERVER['WORDPRESS_CONFIG'] = '${CONFIG_NAME}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
${installing ? "define('WP_INSTALLING', true);" : ''}
require '${WP}/wp-load.php';
${code}
`,
  );
  const out = run('php', [file]);
  try {
    return JSON.parse(out.slice(out.indexOf('{')));
  } catch {
    throw new Error(`PHP printed no JSON:\n${out}`);
  }
}

// ---- WordPress ---------------------------------------------------------------------------------

function installWordpress() {
  const users = wpPhp(
    `
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Riverbend Community Hospital', 'admin', 'admin@example.org', false, '', 'admin-password-1');
switch_theme('twentytwentythree');
$out = array('version' => get_bloginfo('version'), 'theme' => get_stylesheet(), 'users' => array());
foreach (array('admin' => 'administrator', 'editor' => 'editor', 'author' => 'author') as $login => $role) {
  $id = username_exists($login) ?: wp_insert_user(array('user_login' => $login, 'user_pass' => $login . '-password-1', 'user_email' => "$login@example.org", 'role' => $role));
  list($password) = WP_Application_Passwords::create_new_application_password($id, array('name' => 'e2e'));
  $out['users'][$login] = array('id' => $id, 'app' => $password, 'unfiltered_html' => user_can($id, 'unfiltered_html'));
}
echo wp_json_encode($out);
`,
    { installing: true },
  );
  console.log(`  WordPress ${users.version}, theme ${users.theme}`);
  return users;
}

function installPlugin(zip) {
  const copy = join(WORK, 'upload.zip');
  copyFileSync(zip, copy);
  // What Plugins › Add New › Upload Plugin runs with the uploaded file, then the Activate link.
  return wpPhp(`
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/misc.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
wp_set_current_user(1);
WP_Filesystem();
$skin = new WP_Ajax_Upgrader_Skin();
$installed = (new Plugin_Upgrader($skin))->install('${copy}');
ob_start();
$activated = activate_plugin('spasm-checker/spasm-checker.php');
$output = ob_get_clean();
$data = get_plugin_data(WP_PLUGIN_DIR . '/spasm-checker/spasm-checker.php', false, false);
echo wp_json_encode(array(
  'installed' => $installed === true,
  'errors' => $skin->get_error_messages(),
  'activated' => !is_wp_error($activated) && is_plugin_active('spasm-checker/spasm-checker.php'),
  'output' => $output,
  'version' => $data['Version'],
  'requires' => $data['RequiresWP'],
  'files' => array_values(array_map('basename', glob(WP_PLUGIN_DIR . '/spasm-checker/*'))),
));
`);
}

async function rest(user, method, route, body, query = '') {
  const auth = Buffer.from(`${user.login}:${user.app}`).toString('base64');
  const response = await fetch(`http://127.0.0.1:${PORT}/?rest_route=${encodeURIComponent(route)}${query}`, {
    method,
    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${route} as ${user.login}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** A block comment as the block editor writes it (serialize_block_attributes). */
function blockMarkup(attributes) {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:spasm-checker/checker ${json} /-->`;
}
const shortcodeBlock = (shortcode) => `<!-- wp:shortcode -->\n${shortcode}\n<!-- /wp:shortcode -->`;
const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
/** Content as a hospital page has it: text above and below the checker. */
const pageAround = (middle) =>
  [
    paragraph(
      'Almost everyone gets a muscle cramp now and then. Answer a few questions to see what care may be right for you.',
    ),
    middle,
    paragraph('Our pain management team helps with back pain, nerve pain and muscle problems.'),
  ].join('\n\n');

// ---- The browser -------------------------------------------------------------------------------

async function launchBrowser() {
  const { puppeteerCore } = await import('@web/test-runner-chrome');
  const executablePath = findBrowser('chromium');
  if (!executablePath)
    throw new Error('Chromium was not found: install it with "apt-get install -y chromium" or set CHROME_PATH');
  return puppeteerCore.launch({
    executablePath,
    headless: true,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      ...(asRoot || process.env.CI ? ['--no-sandbox'] : []),
    ],
  });
}

/** Opens a page and collects what a person would not see: console messages, errors, CSP reports, layout shift. */
/**
 * @param {any} browser @param {string} url @param {number} width
 * @param {{ context?: any }} [options] a browser context to open the page in (a logged-in one)
 */
async function open(browser, url, width, { context } = {}) {
  const page = await (context ?? browser).newPage();
  await page.setViewport({ width, height: 900 });
  const messages = [];
  page.on('console', (m) =>
    messages.push(`${m.type()}: ${m.text()}${m.location()?.url ? ` (${m.location().url})` : ''}`),
  );
  page.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => messages.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.evaluateOnNewDocument(() => {
    /** @param {any} node a layout shift's source: tag, id and classes, or "(gone)" once removed */
    const describe = (node) =>
      node
        ? [
            node.nodeName.toLowerCase(),
            node.id && `#${node.id}`,
            typeof node.className === 'string' &&
              node.className.trim() &&
              `.${node.className.trim().replace(/\s+/g, '.')}`,
          ]
            .filter(Boolean)
            .join('')
        : '(gone)';
    window.__shift = 0;
    window.__shifted = [];
    window.__violations = [];
    new PerformanceObserver((list) => {
      for (const entry of /** @type {any[]} */ (list.getEntries())) {
        if (entry.hadRecentInput) continue;
        window.__shift += entry.value;
        // What moved, for the failure message: a shift on a busy machine may be the theme's, not ours.
        for (const { node } of entry.sources ?? []) window.__shifted.push(describe(node));
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))));
  const state = await page.evaluate(() => ({
    shift: window.__shift,
    shifted: window.__shifted,
    violations: window.__violations,
  }));
  return { page, messages, response, ...state };
}

/** What the page shows of each checker, read in the page. */
const widgets = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('spasm-checker')].map((el) => ({
      defined: Boolean(customElements.get('spasm-checker')) && el.matches(':defined'),
      rendered: Boolean(el.shadowRoot?.querySelector('.root')),
      question: Boolean(el.shadowRoot?.querySelector('form')),
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      children: [...el.children].map((c) => c.outerHTML),
      scriptAfter: el.nextElementSibling?.matches('script#spasm-checker-js') ?? false,
      height: el.getBoundingClientRect().height,
      lang: el.shadowRoot?.querySelector('.root')?.getAttribute('lang'),
      title: el.shadowRoot?.querySelector('#title')?.tagName,
      dark: el.shadowRoot?.querySelector('.root')?.classList.contains('dark'),
      learn: Boolean(el.shadowRoot?.querySelector('.learn')),
      emergencyHref: el.shadowRoot?.querySelector('.banner a')?.getAttribute('href'),
      fallbackText: el.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );

/** Answers like a calm night cramp until the result, with the page's own clicks; returns the level and the complete event's detail. */
const walk = (page, index = 0) =>
  page.evaluate(
    async (answers, i) => {
      const el = /** @type {any} */ (document.querySelectorAll('spasm-checker')[i]);
      let detail = null;
      el.addEventListener('spasm-checker-complete', (/** @type {CustomEvent} */ e) => (detail = e.detail), {
        once: true,
      });
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      for (let step = 0; step < 20; step++) {
        const form = el.shadowRoot.querySelector('form');
        if (!form) break;
        const inputs = [...form.querySelectorAll('input')];
        const wanted = [answers[inputs[0].name]].flat();
        for (const input of inputs) if (wanted.includes(input.value) !== input.checked) input.click();
        form.querySelector('button[type="submit"]').click();
        await frame();
      }
      return { level: el.shadowRoot.querySelector('.result')?.getAttribute('data-level') ?? null, detail };
    },
    calmAnswers,
    index,
  );

// ---- The test ----------------------------------------------------------------------------------

const ALL = {
  'clinic-name': 'Riverbend Pain & Spine',
  'clinic-phone': '(555) 010-4477',
  'booking-url': '/book/pain-management',
  'emergency-number': '112',
  view: 'checker',
  theme: 'dark',
  'heading-level': '3',
  lang: 'es',
  'share-level': '',
};
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const HOSTILE = {
  'clinic-name': `Riverbend "><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`,
  'clinic-phone': `(555) 010-4477' onmouseover='window.__pwned=3`,
  'booking-url': 'javascript:window.__pwned=4',
  view: 'full"><b>bold</b>',
  'heading-level': '9',
};
const HOSTILE_WARNINGS = ['booking-url', 'view', 'heading-level'];

async function main() {
  const zip = zipName(version);
  if (!existsSync(zip)) {
    await phase('Build (the zip was missing)', () => run('npm', ['run', 'build'], { stdio: 'inherit' }));
  }
  await phase('Debian packages', installPackages);
  await phase('MariaDB and Apache on loopback', async () => {
    await startMariadb();
    writeWordpressConfig();
    await startApache();
  });
  const site = await phase('WordPress install', installWordpress);
  const user = (login) => ({ login, ...site.users[login] });
  const [admin, editor, author] = ['admin', 'editor', 'author'].map(user);

  await phase('Plugin: install the zip as an upload, and activate it', async () => {
    const plugin = installPlugin(zip);
    check(
      'the zip installs through Plugin_Upgrader (the upload path)',
      plugin.installed,
      JSON.stringify(plugin.errors),
    );
    check('the plugin activates with no output', plugin.activated && plugin.output === '', plugin.output);
    check(`the plugin's version is the build's (${version})`, plugin.version === version, plugin.version);
    check('the plugin says it needs WordPress 6.1', plugin.requires === '6.1', plugin.requires);
    check(
      'the one-file build is inside the plugin',
      plugin.files.includes('spasm-checker.js'),
      plugin.files.join(', '),
    );
    const served = Buffer.from(
      await (await fetch(`http://127.0.0.1:${PORT}/wp-content/plugins/spasm-checker/spasm-checker.js`)).arrayBuffer(),
    );
    const hash = (b) => createHash('sha384').update(b).digest('base64');
    check(
      'WordPress serves the same bytes as dist/spasm-checker.js',
      hash(served) === hash(readFileSync('dist/spasm-checker.js')),
    );
  });

  const pages = await phase(
    'Content: Administrator (block, shortcode), Author (shortcode in a Post), Editor (saves)',
    async () => {
      const blockAll = Object.fromEntries(
        Object.entries(ALL).map(([k, v]) => [camel(k), k === 'share-level' ? true : v]),
      );
      const shortcodeAll = `[spasm_checker ${Object.entries(ALL)
        .map(([k, v]) => (k === 'share-level' ? k : `${k.replace(/-/g, '_')}="${v}"`))
        .join(' ')}]`;
      const quoted = (v) => (v.includes("'") ? `"${v}"` : `'${v}'`);
      const make = (who, type, title, content) =>
        rest(who, 'POST', `/wp/v2/${type}`, { title, content, status: 'publish' });
      const p = {
        block: await make(
          admin,
          'pages',
          'Checker block',
          pageAround(
            blockMarkup({
              clinicName: 'Riverbend Pain Management',
              clinicPhone: '(555) 010-4477',
              bookingUrl: '/book/pain-management',
            }),
          ),
        ),
        shortcode: await make(
          admin,
          'pages',
          'Checker shortcode',
          pageAround(
            shortcodeBlock(
              '[spasm_checker clinic-name="Riverbend Pain Management" clinic-phone="(555) 010-4477" booking-url="/book/pain-management"]',
            ),
          ),
        ),
        authorPost: await make(
          author,
          'posts',
          'Cramps at night',
          `Almost everyone gets a muscle cramp now and then.\n\n[spasm_checker clinic_name="Riverbend Pain Management" clinic_phone="(555) 010-4477"]\n\nOur team can help.`,
        ),
        blockAll: await make(admin, 'pages', 'Every attribute, block', pageAround(blockMarkup(blockAll))),
        shortcodeAll: await make(
          admin,
          'pages',
          'Every attribute, shortcode',
          pageAround(shortcodeBlock(shortcodeAll)),
        ),
        hostileBlock: await make(
          admin,
          'pages',
          'Hostile block',
          pageAround(blockMarkup(Object.fromEntries(Object.entries(HOSTILE).map(([k, v]) => [camel(k), v])))),
        ),
        hostileShortcode: await make(
          admin,
          'pages',
          'Hostile shortcode',
          pageAround(
            shortcodeBlock(
              `[spasm_checker ${Object.entries(HOSTILE)
                .map(([k, v]) => `${k}=${quoted(v)}`)
                .join(' ')}]`,
            ),
          ),
        ),
        two: await make(
          admin,
          'pages',
          'Two checkers',
          [
            blockMarkup({ clinicName: 'First' }),
            paragraph('Between'),
            shortcodeBlock('[spasm_checker clinic-name="Second"]'),
          ].join('\n\n'),
        ),
      };
      // The second choice: the docs' own snippet in a Custom HTML block, with the file from the plugin.
      const snippet = docSnippet(INSTALL_DOC, 'paste').replace(
        /src="[^"]*"/,
        `src="/wp-content/plugins/spasm-checker/spasm-checker.js"`,
      );
      p.customHtml = await make(
        admin,
        'pages',
        'Custom HTML',
        pageAround(`<!-- wp:html -->\n${snippet}<!-- /wp:html -->`),
      );
      const authorHtml = await make(
        author,
        'posts',
        'Custom HTML by an Author',
        `<!-- wp:html -->\n${snippet}<!-- /wp:html -->`,
      );
      check(
        "the trap the docs describe: an Author's Custom HTML loses the tag on save (no unfiltered_html)",
        !author.unfiltered_html && !authorHtml.content.raw.includes('<spasm-checker'),
        authorHtml.content.raw,
      );
      check(
        'Editors and Administrators have unfiltered_html on a single site, Authors do not',
        admin.unfiltered_html && editor.unfiltered_html && !author.unfiltered_html,
      );

      // An Editor opens each page and saves it, as the block editor does (the raw content sent back).
      for (const key of ['block', 'shortcode', 'blockAll', 'shortcodeAll']) {
        const before = (await rest(editor, 'GET', `/wp/v2/pages/${p[key].id}`, undefined, '&context=edit')).content.raw;
        const saved = await rest(editor, 'POST', `/wp/v2/pages/${p[key].id}`, {
          title: `${p[key].title.raw} (edited)`,
          content: before,
        });
        check(
          `an Editor's save keeps the ${key} content as it was`,
          saved.content.raw === before,
          `${before}\n--- became ---\n${saved.content.raw}`,
        );
      }
      const post = await rest(editor, 'GET', `/wp/v2/posts/${p.authorPost.id}`, undefined, '&context=edit');
      const savedPost = await rest(editor, 'POST', `/wp/v2/posts/${p.authorPost.id}`, { content: post.content.raw });
      check(
        "an Editor's save keeps the Author's shortcode",
        savedPost.content.raw.includes('[spasm_checker clinic_name="Riverbend Pain Management"'),
        savedPost.content.raw,
      );
      return p;
    },
  );

  const browser = await launchBrowser();
  try {
    await phase('Pages in Chromium: render, walk to a result, console, layout shift', async () => {
      for (const [key, label] of [
        ['block', "Administrator's block"],
        ['shortcode', "Administrator's shortcode"],
        ['authorPost', "Author's shortcode in a Post"],
        ['customHtml', "docs' snippet in a Custom HTML block"],
      ]) {
        for (const width of WIDTHS) {
          const { page, messages, shift, shifted, response } = await open(browser, pages[key].link, width);
          const [w] = await widgets(page);
          check(`${label} at ${width} px: the page loads`, response.status() === 200, String(response.status()));
          check(
            `${label} at ${width} px: the widget renders its first question`,
            w?.rendered && w.question,
            JSON.stringify(w),
          );
          check(
            `${label} at ${width} px: the script is right after the tag`,
            w?.scriptAfter || key === 'customHtml',
            JSON.stringify(w?.children),
          );
          check(
            `${label} at ${width} px: layout shift is 0 on load`,
            shift === 0,
            `layout shift ${shift}; moved: ${[...new Set(shifted)].join(', ')}`,
          );
          figures.push([
            `${label}, ${width} px`,
            `layout shift ${shift.toFixed(3)}, widget ${Math.round(w?.height ?? 0)} px tall`,
          ]);
          const { level } = await walk(page);
          check(`${label} at ${width} px: walks to a result (self-care)`, level === 'self-care', String(level));
          check(`${label} at ${width} px: no console message`, messages.length === 0, messages.join('\n'));
          await page.close();
        }
      }
    });

    await phase('Attributes: every one arrives, from the block and from the shortcode', async () => {
      for (const key of ['blockAll', 'shortcodeAll']) {
        const { page, messages } = await open(browser, pages[key].link, 1280);
        const [w] = await widgets(page);
        check(
          `${key}: every attribute is on the element as given`,
          same(w.attributes, ALL),
          `${JSON.stringify(w.attributes)}\nexpected ${JSON.stringify(ALL)}`,
        );
        check(
          `${key}: the widget uses them (Spanish, h3 title, dark, checker only, 112)`,
          w.lang === 'es' && w.title === 'H3' && w.dark && !w.learn && w.emergencyHref === 'tel:112',
          JSON.stringify(w),
        );
        check(
          `${key}: the fallback is in Spanish with 112`,
          w.children.join('').includes('tel:112') && /Si cree que es una emergencia/.test(w.fallbackText),
          w.fallbackText,
        );
        const { level, detail } = await walk(page);
        check(
          `${key}: share-level arrives (the complete event carries the level)`,
          level === 'self-care' && detail?.level === 'self-care',
          JSON.stringify(detail),
        );
        check(`${key}: no console message`, messages.length === 0, messages.join('\n'));
        await page.close();
      }
    });

    await phase('Hostile attribute values: escaped, or refused with a warning', async () => {
      for (const key of ['hostileBlock', 'hostileShortcode']) {
        const { page, messages } = await open(browser, pages[key].link, 1280);
        const [w] = await widgets(page);
        const injected = await page.evaluate(() => ({
          pwned: window.__pwned ?? null,
          strays: document.querySelectorAll('img[src="x"], b, [onerror], [onmouseover]').length,
          links: [...(document.querySelector('spasm-checker')?.shadowRoot?.querySelectorAll('a') ?? [])].map((a) =>
            a.getAttribute('href'),
          ),
        }));
        check(
          `${key}: nothing injected runs or appears in the page`,
          injected.pwned === null && injected.strays === 0,
          JSON.stringify(injected),
        );
        check(
          `${key}: no javascript: link in the widget`,
          !injected.links.some((h) => /^javascript:/i.test(h ?? '')),
          injected.links.join(' '),
        );
        // The block keeps each value exactly (JSON in the block comment). In a shortcode, WordPress's
        // own wptexturize curls the quotes of a shortcode that holds HTML before parsing it: the
        // values change, but they still arrive as plain text on the widget's own attributes only.
        const kept = Object.entries(HOSTILE)
          .filter(([name, value]) => w.attributes[name] === value)
          .map(([name]) => name);
        const names = Object.keys(w.attributes);
        check(
          `${key}: only the widget's own attributes are on the element, with the values as text`,
          names.every((n) => n in ALL) && names.every((n) => typeof w.attributes[n] === 'string'),
          JSON.stringify(w.attributes),
        );
        if (key === 'hostileBlock') {
          check(
            `${key}: each value arrives exactly as given (escaped, not cut)`,
            kept.length === Object.keys(HOSTILE).length,
            JSON.stringify(w.attributes),
          );
        } else {
          figures.push(['hostile shortcode, as WordPress passed it', JSON.stringify(w.attributes)]);
        }
        check(`${key}: the widget still renders`, w.rendered && w.question);
        const warned = HOSTILE_WARNINGS.filter(
          (name) =>
            !kept.includes(name) ||
            messages.some((m) => m.startsWith('warn') && m.includes(`<spasm-checker>`) && m.includes(name)),
        );
        check(
          `${key}: each value the widget cannot use gives a warning (${HOSTILE_WARNINGS.join(', ')})`,
          warned.length === HOSTILE_WARNINGS.length,
          messages.join('\n'),
        );
        const others = messages.filter((m) => !(m.startsWith('warn') && m.includes('<spasm-checker>')));
        check(`${key}: no other console message`, others.length === 0, others.join('\n'));
        await page.close();
      }
    });

    await phase('Two checkers on one page: one script', async () => {
      const { page, messages } = await open(browser, pages.two.link, 1280);
      const all = await widgets(page);
      const scripts = await page.evaluate(() => document.querySelectorAll('script[src*="spasm-checker.js"]').length);
      check(
        'both render',
        all.length === 2 && all.every((w) => w.rendered),
        JSON.stringify(all.map((w) => w.rendered)),
      );
      check(
        'the script is printed once, right after the first',
        scripts === 1 && all[0].scriptAfter,
        `${scripts} scripts`,
      );
      check('no console message', messages.length === 0, messages.join('\n'));
      await page.close();
    });

    await phase("The docs' WordPress Content-Security-Policy: widget and theme still work", async () => {
      const home = `http://127.0.0.1:${CSP_PORT}/`;
      for (const [label, url] of [
        ['front page', home],
        ['block page', pages.block.link.replace(`:${PORT}/`, `:${CSP_PORT}/`)],
        ['shortcode page', pages.shortcode.link.replace(`:${PORT}/`, `:${CSP_PORT}/`)],
      ]) {
        const { page, messages, violations, response } = await open(browser, url, 1280);
        const policy = response.headers()['content-security-policy'] ?? '';
        check(`${label}: the policy is sent`, policy.includes("default-src 'self'"), policy);
        const theme = await page.evaluate(() => ({
          preset: getComputedStyle(document.body).getPropertyValue('--wp--preset--color--primary').trim(),
          font: getComputedStyle(document.body).fontFamily,
          skip: document.querySelector('a.skip-link')?.getAttribute('href') ?? null,
          skipTarget: Boolean(
            document.querySelector(document.querySelector('a.skip-link')?.getAttribute('href') || '#none-at-all'),
          ),
        }));
        check(
          `${label}: the theme's styles apply (global styles, not the browser's Times)`,
          theme.preset !== '' && !/times/i.test(theme.font),
          JSON.stringify(theme),
        );
        check(
          `${label}: the theme's "Skip to content" link works`,
          theme.skip !== null && theme.skipTarget,
          JSON.stringify(theme),
        );
        if (label !== 'front page') {
          const [w] = await widgets(page);
          check(`${label}: the widget renders under the policy`, w?.rendered && w.question, JSON.stringify(w));
          const { level } = await walk(page);
          check(`${label}: and walks to a result`, level === 'self-care', String(level));
        }
        check(
          `${label}: no policy violation and no console message`,
          violations.length === 0 && messages.length === 0,
          [...violations, ...messages].join('\n'),
        );
        await page.close();
      }
    });

    await phase('The block editor: the block, its fields and its preview', async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1400, height: 1000 });
      await page.goto(`http://127.0.0.1:${PORT}/wp-login.php`, { waitUntil: 'load' });
      await page.type('#user_login', 'admin');
      await page.type('#user_pass', 'admin-password-1');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
      await page.goto(`http://127.0.0.1:${PORT}/wp-admin/post.php?post=${pages.blockAll.id}&action=edit`, {
        waitUntil: 'load',
      });
      await page.waitForFunction(
        () =>
          window.wp?.data
            ?.select('core/block-editor')
            ?.getBlocks()
            .some((b) => b.name === 'spasm-checker/checker'),
        { timeout: 60000 },
      );
      const type = await page.evaluate(() => {
        const t = window.wp.blocks.getBlockType('spasm-checker/checker');
        return {
          title: t.title,
          attributes: Object.keys(t.attributes).filter((k) => !['lock', 'className', 'style'].includes(k)),
        };
      });
      check(
        'the block is "Muscle cramp checker" with every attribute',
        type.title === 'Muscle cramp checker' && same(type.attributes.sort(), Object.keys(ALL).map(camel).sort()),
        JSON.stringify(type),
      );
      await page.evaluate(() => {
        const block = window.wp.data
          .select('core/block-editor')
          .getBlocks()
          .find((b) => b.name === 'spasm-checker/checker');
        window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
        window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      await page.waitForSelector('.block-editor-block-inspector .components-panel__body', { timeout: 30000 });
      const fields = await page.evaluate(() => {
        // Closed panels hide their fields: open every one.
        for (const toggle of document.querySelectorAll(
          '.block-editor-block-inspector .components-panel__body:not(.is-opened) > h2 button',
        ))
          /** @type {HTMLElement} */ (toggle).click();
        return new Promise((resolve) =>
          setTimeout(
            () =>
              resolve(
                [
                  ...document.querySelectorAll(
                    '.block-editor-block-inspector input, .block-editor-block-inspector select',
                  ),
                ].length,
              ),
            300,
          ),
        );
      });
      check('the sidebar has a field for every attribute', fields >= Object.keys(ALL).length, `${fields} fields`);
      const preview = await page
        .waitForFunction(
          () => {
            const el = document.querySelector('.editor-styles-wrapper spasm-checker, iframe[name="editor-canvas"]');
            const tag = el instanceof HTMLIFrameElement ? el.contentDocument?.querySelector('spasm-checker') : el;
            return tag?.shadowRoot?.querySelector('.root') ? tag.getAttribute('clinic-name') : false;
          },
          { timeout: 30000 },
        )
        .then((/** @type {any} */ h) => h.jsonValue())
        .catch(() => null);
      check('the editor previews the widget, rendered by the server', preview === ALL['clinic-name'], String(preview));
      await context.close();
    });
  } finally {
    if (!KEEP) await browser.close();
  }

  await phase('PHP log', async () => {
    const log = readFileSync(DEBUG_LOG, 'utf8');
    const ours = log.split('\n').filter((line) => /spasm/i.test(line));
    check('PHP logged nothing about the plugin (WP_DEBUG on)', ours.length === 0, ours.join('\n'));
  });
}

/** @type {any} */
let failedToRun = null;
try {
  await main();
} catch (error) {
  failedToRun = error;
} finally {
  if (KEEP) {
    console.log(
      `\nKEEP=1: WordPress stays up at http://127.0.0.1:${PORT}/ (CSP at :${CSP_PORT}), files in ${WORK}. Stop with Ctrl+C.`,
    );
    await new Promise(() => {});
  }
  await stopAll();
  rmSync(CONFIG_FILE, { force: true });
  rmSync(WORK, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok);
console.log('\n## Summary');
for (const [name, value] of figures) console.log(`  ${name}: ${value}`);
for (const [name, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  in all`);
if (failedToRun) console.log(`\nThe WordPress test could not finish: ${failedToRun.stack ?? failedToRun}`);
for (const r of failed) console.log(`  FAIL ${r.name}`);
console.log(`\nwordpress: ${results.length - failed.length} passed, ${failed.length + (failedToRun ? 1 : 0)} failed`);
process.exit(failed.length || failedToRun ? 1 : 0);
