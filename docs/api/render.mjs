// SPDX-License-Identifier: MIT
// Writes docs/api.md, the readable API reference, from docs/api/openapi.yaml: one section per tag
// with each operation's credentials, parameters, request body, responses and examples, then the
// signed webhook delivery, the shared headers and every schema. The lint stage
// (scripts/check-lint.sh) runs it with --check, which fails when docs/api.md is not what the
// document gives, so the two never drift apart.
//
//   node docs/api/render.mjs            (re)write docs/api.md
//   node docs/api/render.mjs --check    exit 1 if docs/api.md is stale

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const YAML = createRequire(path.join(here, 'package.json'))('yaml');
const specPath = path.join(here, 'openapi.yaml');
const outPath = path.resolve(here, '..', 'api.md');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

const spec = YAML.parse(fs.readFileSync(specPath, 'utf8'));

function resolve(node) {
    for (let i = 0; node && node.$ref && i < 20; i++)
        node = node.$ref.slice(2).split('/')
            .map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'))
            .reduce((n, k) => n?.[k], spec);
    return node;
}
const refName = (ref) => ref.split('/').pop();
const anchor = (text) => text.toLowerCase().replace(/[^a-z0-9 _-]/g, '').trim().replace(/ /g, '-');
const responseLink = (name) => `[${name}](#${anchor('response ' + name)})`;
// Every error code the document has: the enum or const of each schema's `code` field.
const errorCodes = new Set();
(function collect(node) {
    if (!node || typeof node !== 'object')
        return;
    const code = node.properties?.code;
    if (code)
        [...(code.enum ?? []), ...('const' in code ? [code.const] : [])].forEach((c) => errorCodes.add(c));
    Object.values(node).forEach(collect);
})(spec.components);
// The error codes a description names (`invalid_request`…), or its first sentence.
const codesIn = (text) => {
    const t = String(text ?? '').replace(/\s+/g, ' ').trim();
    const codes = [...new Set([...t.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]))]
        .filter((c) => errorCodes.has(c)).map((c) => `\`${c}\``);
    return codes.length ? codes.join(', ') : t.split(/(?<=\.) /)[0];
};
const schemaLink = (name) => `[${name}](#${anchor('schema ' + name)})`;
// A table cell: one line, pipes escaped.
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

/// A schema's type in a few words, with links to named schemas.
function typeOf(schema, depth = 0) {
    if (!schema)
        return '';
    if (schema.$ref)
        return schemaLink(refName(schema.$ref));
    for (const k of ['oneOf', 'anyOf'])
        if (schema[k])
            return schema[k].map((s) => typeOf(s, depth + 1)).join(' or ');
    if (schema.allOf)
        return schema.allOf.map((s) => typeOf(s, depth + 1)).join(' and ');
    if ('const' in schema)
        return `\`${JSON.stringify(schema.const)}\``;
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    const words = types.map((t) => {
        if (t === 'array')
            return `array of ${typeOf(schema.items, depth + 1) || 'any'}`;
        if (t === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object')
            return `map of ${typeOf(schema.additionalProperties, depth + 1)}`;
        return t;
    });
    let text = words.join(' or ') || 'any';
    if (schema.format)
        text += ` (${schema.format})`;
    if (schema.enum)
        text += `, one of ${schema.enum.map((v) => `\`${v}\``).join(', ')}`;
    return text;
}

/// The fields of an object schema (through $ref and allOf), as a table.
function fieldsTable(schema) {
    schema = resolve(schema);
    const props = { ...(schema?.properties ?? {}) };
    const required = new Set(schema?.required ?? []);
    for (const part of schema?.allOf ?? []) {
        const r = resolve(part);
        Object.assign(props, r?.properties ?? {});
        (r?.required ?? []).forEach((n) => required.add(n));
    }
    const names = Object.keys(props);
    if (names.length === 0)
        return '';
    const rows = names.map((name) => {
        const p = props[name];
        const described = p.description ?? resolve(p)?.description ?? '';
        return `| \`${name}\` | ${cell(typeOf(p))} | ${required.has(name) ? 'yes' : ''} | ${cell(described)} |`;
    });
    return ['| Field | Type | Always | Description |', '|---|---|---|---|', ...rows].join('\n');
}

function example(media) {
    if (!media)
        return null;
    if ('example' in media)
        return media.example;
    const first = Object.values(media.examples ?? {})[0];
    return first ? resolve(first).value : null;
}

function codeBlock(value, type) {
    if (value == null)
        return '';
    if (typeof value === 'string' && !type.includes('json'))
        return '```\n' + value.replace(/\n$/, '') + '\n```';
    return '```json\n' + JSON.stringify(value, null, 2) + '\n```';
}

function securityText(op) {
    const sec = op.security ?? spec.security ?? [];
    if (sec.length === 0 || sec.every((s) => Object.keys(s).length === 0))
        return 'none';
    return sec.map((s) => Object.keys(s).map((name) => {
        const scheme = spec.components?.securitySchemes?.[name];
        return scheme ? `\`${name}\` (${scheme.type === 'http' ? `HTTP ${scheme.scheme}` : scheme.type})` : `\`${name}\``;
    }).join(' + ')).join(' or ');
}

function operationSection(method, route, item, op, level = '###') {
    const out = [];
    out.push(`${level} ${op.summary ?? `${method.toUpperCase()} ${route}`}`, '');
    out.push(`\`${method.toUpperCase()} ${route}\``, '');
    if (op.description)
        out.push(op.description.trim(), '');
    if (op.servers)
        out.push(`Served on: ${op.servers.map((s) => `\`${s.url}\`${s.description ? ` (${s.description})` : ''}`).join(', ')}.`, '');
    out.push(`**Credentials:** ${securityText(op)}.`, '');

    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
    if (params.length) {
        out.push('**Parameters**', '', '| Name | In | Type | Required | Description |', '|---|---|---|---|---|');
        for (const p of params)
            out.push(`| \`${p.name}\` | ${p.in} | ${cell(typeOf(p.schema))} | ${p.required ? 'yes' : ''} | ${cell(p.description)} |`);
        out.push('');
    }

    const body = resolve(op.requestBody);
    if (body) {
        for (const [type, media] of Object.entries(body.content ?? {})) {
            out.push(`**Request body** (\`${type}\`${body.required ? ', required' : ''}): ${typeOf(media.schema)}`, '');
            const table = fieldsTable(media.schema);
            if (table)
                out.push(table, '');
            const ex = example(media);
            if (ex != null)
                out.push(codeBlock(ex, type), '');
        }
    }

    out.push('**Responses**', '', '| Status | Meaning | Body |', '|---|---|---|');
    const responses = Object.entries(op.responses ?? {});
    for (const [status, r] of responses) {
        const response = resolve(r);
        const bodies = Object.entries(response?.content ?? {})
            .map(([type, m]) => `${typeOf(m.schema)} (\`${type}\`)`).join(', ');
        // A shared answer (every route's 413, say) is described once, under "Shared responses".
        const meaning = r.$ref ? `${responseLink(refName(r.$ref))}: ${codesIn(response?.description)}`
            : response?.description;
        out.push(`| ${status} | ${cell(meaning)} | ${cell(bodies) || 'none'} |`);
    }
    out.push('');
    const success = responses.find(([s]) => s.startsWith('2'));
    if (success) {
        const response = resolve(success[1]);
        const headers = Object.keys(response?.headers ?? {});
        if (headers.length)
            out.push(`Headers of the ${success[0]} answer: ${headers.map((h) => `\`${h}\``).join(', ')}.`, '');
        for (const [type, media] of Object.entries(response?.content ?? {})) {
            const ex = example(media);
            if (ex != null)
                out.push(`Example ${success[0]} answer:`, '', codeBlock(ex, type), '');
        }
    }
    return out;
}

function render() {
    const out = [];
    out.push(`# ${spec.info.title} reference`, '');
    out.push(`<!-- Generated from docs/api/openapi.yaml by docs/api/render.mjs: edit those, then run ` +
        '`node docs/api/render.mjs`. The lint stage fails when this file is stale. -->', '');
    out.push(`Version ${spec.info.version}. The machine-readable contract is ` +
        '[`docs/api/openapi.yaml`](api/openapi.yaml) (OpenAPI 3.1); every response the test ' +
        'suites receive from a real latchkeyd is checked against it (`tests/contract`). ' +
        'Client snippets: [`docs/api/examples/`](api/examples/).', '');
    if (spec.info.summary)
        out.push(spec.info.summary, '');
    if (spec.info.description)
        out.push(spec.info.description.trim().replace(/^## /gm, '### '), '');

    const byTag = new Map((spec.tags ?? []).map((t) => [t.name, { tag: t, ops: [] }]));
    for (const [route, rawItem] of Object.entries(spec.paths ?? {})) {
        const item = resolve(rawItem);
        for (const method of METHODS) {
            const op = item[method];
            if (!op)
                continue;
            const tag = op.tags?.[0] ?? 'Other';
            if (!byTag.has(tag))
                byTag.set(tag, { tag: { name: tag }, ops: [] });
            byTag.get(tag).ops.push({ method, route, item, op });
        }
    }

    out.push('## Contents', '');
    for (const { tag, ops } of byTag.values()) {
        if (!ops.length)
            continue;
        out.push(`- [${tag.name}](#${anchor(tag.name)})`);
        for (const { method, route, op } of ops)
            out.push(`  - [${op.summary ?? route}](#${anchor(op.summary ?? route)}): \`${method.toUpperCase()} ${route}\``);
    }
    if (spec.webhooks)
        out.push('- [Webhook deliveries](#webhook-deliveries)');
    out.push('- [Shared responses](#shared-responses)', '- [Headers](#headers)', '- [Schemas](#schemas)', '');

    for (const { tag, ops } of byTag.values()) {
        if (!ops.length)
            continue;
        out.push(`## ${tag.name}`, '');
        if (tag.description)
            out.push(tag.description.trim(), '');
        for (const { method, route, item, op } of ops)
            out.push(...operationSection(method, route, item, op));
    }

    if (spec.webhooks) {
        out.push('## Webhook deliveries', '');
        for (const [name, rawItem] of Object.entries(spec.webhooks)) {
            const item = resolve(rawItem);
            for (const method of METHODS)
                if (item[method])
                    out.push(...operationSection(method, `(your endpoint's url) — ${name}`, item, item[method]));
        }
    }

    out.push('## Shared responses', '', 'Answers that several operations give alike.', '');
    for (const [name, r] of Object.entries(spec.components?.responses ?? {})) {
        const response = resolve(r);
        out.push(`### Response ${name}`, '');
        if (response.description)
            out.push(response.description.trim(), '');
        const headers = Object.keys(response.headers ?? {});
        if (headers.length)
            out.push(`Headers: ${headers.map((h) => `\`${h}\``).join(', ')}.`, '');
        for (const [type, media] of Object.entries(response.content ?? {})) {
            out.push(`Body (\`${type}\`): ${typeOf(media.schema)}`, '');
            const ex = example(media);
            if (ex != null)
                out.push(codeBlock(ex, type), '');
        }
    }

    out.push('## Headers', '', '| Header | Type | Description |', '|---|---|---|');
    for (const [name, h] of Object.entries(spec.components?.headers ?? {})) {
        const header = resolve(h);
        out.push(`| \`${name}\` | ${cell(typeOf(header.schema))} | ${cell(header.description)} |`);
    }
    out.push('');

    out.push('## Schemas', '');
    for (const [name, s] of Object.entries(spec.components?.schemas ?? {})) {
        out.push(`### Schema ${name}`, '');
        if (s.description)
            out.push(s.description.trim(), '');
        const table = fieldsTable(s);
        if (table)
            out.push(table, '');
        else
            out.push(`Type: ${typeOf(s)}`, '');
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

const text = render();
if (process.argv.includes('--check')) {
    const current = fs.existsSync(outPath) ? fs.readFileSync(outPath, 'utf8') : '';
    if (current !== text) {
        console.error('docs/api.md is stale: run `node docs/api/render.mjs` and commit the result');
        process.exit(1);
    }
    console.log('docs/api.md matches docs/api/openapi.yaml');
} else {
    fs.writeFileSync(outPath, text);
    console.log(`wrote ${path.relative(process.cwd(), outPath)} (${text.split('\n').length} lines)`);
}
