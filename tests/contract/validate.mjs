// SPDX-License-Identifier: MIT
// The API contract check (ctest tst_contract): every response that the HTTP suites received from
// a real latchkeyd (their contract log, tests/server/harness.h recordForContract) is checked
// against docs/api/openapi.yaml. A route, status, query parameter, header of ours, content type
// or body field that the document lacks is a failure, and so is a body the schema refuses. A
// request that meets no operation must get the answer the document's x-unmatched-responses gives
// (404, or 405 with an Allow header naming exactly the path's documented methods). An object
// schema that leaves additionalProperties unsaid is a failure too: it would let any field by.
//
// Then the check proves it can fail: it breaks copies of the document (one without a status the
// suites received, one without a field they received) and expects each copy to be refused.
//
//   node tests/contract/validate.mjs --spec docs/api/openapi.yaml [--no-broken-copies] LOG...
//   (a LOG is a .jsonl file or a folder of them)
//
// Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) and yaml come from docs/api/node_modules,
// installed from docs/api/package-lock.json by scripts/install-deps.sh.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const toolsDir = path.resolve(here, '../../docs/api');
const requireTool = createRequire(path.join(toolsDir, 'package.json'));

function loadTools() {
    try {
        const Ajv2020 = requireTool('ajv/dist/2020').default;
        const addFormats = requireTool('ajv-formats').default;
        const YAML = requireTool('yaml');
        return { Ajv2020, addFormats, YAML };
    } catch (e) {
        throw new Error(`the validator's packages are missing from ${toolsDir}/node_modules ` +
            `(run scripts/install-deps.sh, or 'npm ci' there): ${e.message}`);
    }
}

// Headers that only latchkeyd writes: each one it sends must be documented for that response.
const OUR_HEADERS = /^(latchkey-.*|x-ratelimit-.*|retry-after|request-id|www-authenticate|allow)$/;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// A JSON pointer as a URI fragment (Ajv wants "{" of a path template percent-encoded).
const pointer = (...parts) => '#/' + parts.map((p) =>
    encodeURIComponent(String(p).replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

/// The document's paths as matchers, literal segments first (so /v1/invitations/accept wins over
/// /v1/invitations/{id}).
function routesOf(spec) {
    const routes = Object.keys(spec.paths ?? {}).map((template) => {
        const segments = template.split('/').slice(1);
        const re = new RegExp('^/' + segments.map((s) =>
            /^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('/') + '$');
        const literal = segments.filter((s) => !/^\{.+\}$/.test(s)).length;
        return { template, re, literal };
    });
    routes.sort((a, b) => b.literal - a.literal);
    return routes;
}

/// Follows \p node's $ref chain inside \p spec; returns { node, ptr }, ptr being the URI fragment
/// of the node finally reached (\p ptr when \p node is no reference).
function follow(spec, node, ptr) {
    let seen = 0;
    while (node && typeof node === 'object' && typeof node.$ref === 'string') {
        if (!node.$ref.startsWith('#/') || ++seen > 20)
            throw new Error(`cannot follow $ref ${node.$ref}`);
        ptr = node.$ref;
        node = node.$ref.slice(2).split('/')
            .map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'))
            .reduce((n, key) => (n == null ? n : n[key]), spec);
    }
    return { node, ptr };
}

const resolveRef = (spec, node) => follow(spec, node, null).node;

export class Contract {
    constructor(spec, tools) {
        this.spec = spec;
        this.routes = routesOf(spec);
        this.ajv = new tools.Ajv2020({ strict: false, allErrors: true, validateSchema: false });
        tools.addFormats(this.ajv);
        this.ajv.addSchema(spec, 'openapi');
        this.validators = new Map();
    }

    validatorFor(ptr) {
        let v = this.validators.get(ptr);
        if (!v) {
            v = this.ajv.compile({ $ref: 'openapi' + ptr });
            this.validators.set(ptr, v);
        }
        return v;
    }

    /// The operation a recorded request meets: { template, method, operation }, or { unrouted }
    /// for a request that meets none: 'NoSuchRoute' (no path: the document's
    /// x-unmatched-responses 404) or 'MethodNotAllowed' (the path, not the method: its 405, and
    /// \c allow lists the path's methods).
    /// An operation with a servers list of its own (GET /metrics) is served on that other
    /// listener only; on it, nothing else is.
    operationOf(record) {
        const url = new URL(record.path, 'http://latchkeyd.invalid');
        const method = record.method.toLowerCase();
        const onMetrics = record.listener === 'metrics';
        const servedHere = (op) => Boolean(op?.servers) === onMetrics || (!onMetrics && op);
        for (const route of this.routes.filter((r) => r.re.test(url.pathname))) {
            const item = resolveRef(this.spec, this.spec.paths[route.template]);
            const methods = METHODS.filter((m) => item?.[m] && servedHere(item[m]) &&
                (!onMetrics || item[m].servers));
            if (methods.length === 0)
                continue;
            if (methods.includes(method))
                return { template: route.template, method, item, operation: item[method], url };
            return { unrouted: 'MethodNotAllowed', template: route.template, url,
                allow: methods.map((m) => m.toUpperCase()) };
        }
        return { unrouted: 'NoSuchRoute', url };
    }

    /// Every way \p record differs from the document, as sentences.
    check(record) {
        const op = this.operationOf(record);
        if (op.unrouted)
            return this.checkUnrouted(record, op);
        const key = `${record.method} ${op.template}`;
        const problems = [];

        // Query parameters: every one the client sent is documented for the operation.
        const params = [...(op.item.parameters ?? []), ...(op.operation.parameters ?? [])]
            .map((p) => resolveRef(this.spec, p));
        // One the operation does not list may only be refused as the document says latchkeyd
        // refuses it: 400 with error.param naming it.
        const queryNames = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
        const unknown = [...new Set(op.url.searchParams.keys())].filter((n) => !queryNames.has(n));
        if (unknown.length) {
            let refusedParam = null;
            try {
                refusedParam = JSON.parse(record.body ?? '')?.error?.param ?? null;
            } catch {
                refusedParam = null;
            }
            if (record.status !== 400 || !unknown.includes(refusedParam))
                for (const name of unknown)
                    problems.push(`the query parameter '${name}' is not documented, and the ` +
                        `answer is not the 400 naming it that the document promises`);
        }

        const responses = op.operation.responses ?? {};
        const status = String(record.status);
        const wildcard = status[0] + 'XX';
        const responseKey = status in responses ? status : wildcard in responses ? wildcard : null;
        if (!responseKey) {
            problems.push(`the status ${status} is not documented`);
            return { key: `${key} → ${status}`, problems };
        }
        const { node: response, ptr: responsePtr } = follow(this.spec, responses[responseKey],
            pointer('paths', op.template, op.method, 'responses', responseKey));
        this.checkResponse(record, response, responsePtr, problems);
        return { key: `${key} → ${status}`, problems };
    }

    /// A request no operation takes gets the document's NoSuchRoute (404) or MethodNotAllowed
    /// (405, with an Allow header naming exactly the path's documented methods).
    checkUnrouted(record, op) {
        const name = op.unrouted;
        const expected = name === 'NoSuchRoute' ? 404 : 405;
        const key = name === 'NoSuchRoute' ? `(no route) ${record.listener ?? 'api'} listener`
            : `${record.method} ${op.template} (not a method of it)`;
        const problems = [];
        // The document names these answers at its root, under x-unmatched-responses.
        const unmatched = this.spec['x-unmatched-responses'] ?? {};
        if (!unmatched[String(expected)]) {
            problems.push(`the document's x-unmatched-responses has no ${expected} for a request ` +
                `no operation takes (${record.method} ${op.url.pathname})`);
            return { key, problems };
        }
        if (record.status !== expected) {
            problems.push(`${record.method} ${op.url.pathname} meets no operation of the document, ` +
                `so it must get ${expected} (${name}), not ${record.status}`);
            return { key: `${key} → ${record.status}`, problems };
        }
        const { node: response, ptr } = follow(this.spec, unmatched[String(expected)],
            pointer('x-unmatched-responses', String(expected)));
        this.checkResponse(record, response, ptr, problems);
        if (op.allow) {
            const sent = (record.headers?.allow ?? '').split(',').map((m) => m.trim().toUpperCase())
                .filter(Boolean).sort();
            const documented = [...op.allow].sort();
            if (sent.join(',') !== documented.join(','))
                problems.push(`Allow says ${sent.join(', ') || 'nothing'}, the document has ` +
                    `${documented.join(', ')} for ${op.template}`);
        }
        return { key: `${key} → ${record.status}`, problems };
    }

    /// The headers and body of \p record against the document's \p response.
    checkResponse(record, response, responsePtr, problems) {
        const headers = record.headers ?? {};

        // Headers: the documented ones are there when required and match their schema; every
        // header only latchkeyd writes is documented.
        const documented = new Map(); // lower-case name -> { node, ptr } of its header object
        for (const [name, h] of Object.entries(response.headers ?? {}))
            documented.set(name.toLowerCase(), follow(this.spec, h, responsePtr + '/' +
                pointer('headers', name).slice(2)));
        for (const [name, { node: h, ptr }] of documented) {
            const value = headers[name];
            if (value === undefined) {
                if (h.required)
                    problems.push(`the required header ${name} is missing`);
                continue;
            }
            const schema = resolveRef(this.spec, h.schema);
            if (schema) {
                const asJson = schema.type === 'integer' || schema.type === 'number'
                    ? Number(value) : value;
                const v = this.validatorFor(ptr + '/schema'); // compiled once per header
                if (!v(asJson))
                    problems.push(`the header ${name}: '${value}' does not match its schema ` +
                        `(${this.ajv.errorsText(v.errors)})`);
            }
        }
        for (const name of Object.keys(headers))
            if (OUR_HEADERS.test(name) && !documented.has(name))
                problems.push(`the header ${name} is not documented for this response`);

        // Body: the content type is documented and the body matches its schema.
        const body = record.body ?? '';
        const content = response.content ?? {};
        if (body.length === 0) {
            const media = Object.keys(content);
            if (media.length && !media.some((m) => {
                const s = resolveRef(this.spec, content[m].schema);
                return s && (s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string')));
            }))
                problems.push(`the body is empty, but the document gives it as ${media.join(', ')}`);
        } else {
            const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
            if (Object.keys(content).length === 0) {
                problems.push(`the response has a ${type || 'untyped'} body, but the document gives none`);
            } else if (!(type in content)) {
                problems.push(`the content type '${type}' is not documented ` +
                    `(the document has ${Object.keys(content).join(', ')})`);
            } else if (content[type].schema) {
                let value = body;
                let parsed = true;
                if (type.endsWith('json')) {
                    try {
                        value = JSON.parse(body);
                    } catch {
                        parsed = false;
                        problems.push('the body is not JSON, though its content type says so');
                    }
                }
                if (parsed) {
                    const v = this.validatorFor(responsePtr + '/' +
                        pointer('content', type, 'schema').slice(2));
                    if (!v(value))
                        problems.push(...describeErrors(v.errors));
                }
            }
        }
    }

    /// The operations in the document, as "METHOD /template".
    operations() {
        const out = [];
        for (const [template, item] of Object.entries(this.spec.paths ?? {}))
            for (const m of METHODS)
                if (resolveRef(this.spec, item)?.[m])
                    out.push(`${m.toUpperCase()} ${template}`);
        return out;
    }
}

/// Every object schema of the document that would let an undocumented field through: one with
/// properties but neither additionalProperties nor unevaluatedProperties said. (A combinator's
/// branches may stay open when the combining schema closes them with unevaluatedProperties.)
export function openSchemas(spec) {
    const open = [];
    const walk = (node, where, closedAbove) => {
        if (Array.isArray(node)) {
            node.forEach((n, i) => walk(n, `${where}/${i}`, closedAbove));
            return;
        }
        if (!node || typeof node !== 'object')
            return;
        const closes = 'additionalProperties' in node || 'unevaluatedProperties' in node;
        const isObjectSchema = node.properties && typeof node.properties === 'object' &&
            !Array.isArray(node.properties) && (node.type === 'object' || node.type === undefined ||
            (Array.isArray(node.type) && node.type.includes('object')));
        if (isObjectSchema && !closes && !closedAbove && !where.includes('/examples/') &&
            !where.endsWith('/example'))
            open.push(where);
        for (const [key, value] of Object.entries(node)) {
            if (key === 'example' || key === 'examples')
                continue;
            const branch = ['allOf', 'anyOf', 'oneOf'].includes(key);
            walk(value, `${where}/${key}`, branch && ('unevaluatedProperties' in node));
        }
    };
    walk(spec, '#', false);
    return open;
}

function describeErrors(errors) {
    const out = new Set();
    for (const e of errors ?? []) {
        const at = e.instancePath || '/';
        if (e.keyword === 'additionalProperties')
            out.add(`the field '${e.params.additionalProperty}' at ${at} is not documented`);
        else if (e.keyword === 'unevaluatedProperties')
            out.add(`the field '${e.params.unevaluatedProperty}' at ${at} is not documented`);
        else if (e.keyword === 'required')
            out.add(`the field '${e.params.missingProperty}' at ${at} is required by the document but missing`);
        else
            out.add(`${at} ${e.message}${e.params?.allowedValues ? ': ' + JSON.stringify(e.params.allowedValues) : ''}`);
    }
    return [...out];
}

export function readLogs(inputs) {
    const files = [];
    for (const input of inputs) {
        if (!fs.existsSync(input))
            throw new Error(`no contract log at ${input}: run the HTTP suites first (ctest does)`);
        if (fs.statSync(input).isDirectory())
            files.push(...fs.readdirSync(input).filter((f) => f.endsWith('.jsonl')).sort()
                .map((f) => path.join(input, f)));
        else
            files.push(input);
    }
    const records = [];
    for (const file of files) {
        const lines = fs.readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, i) => {
            if (!line.trim())
                return;
            try {
                records.push(JSON.parse(line));
            } catch (e) {
                throw new Error(`${file}:${i + 1}: not a JSON line: ${e.message}`);
            }
        });
    }
    return { files, records };
}

/// Checks every record; returns the problems grouped by operation and status.
export function checkAll(contract, records) {
    const failures = new Map(); // "problem key" -> { key, problem, count, example }
    const seen = new Set();
    for (const record of records) {
        const { key, problems } = contract.check(record);
        seen.add(key.split(' → ')[0]);
        for (const problem of problems) {
            const id = `${key}: ${problem}`;
            const f = failures.get(id);
            if (f)
                f.count++;
            else
                failures.set(id, { key, problem, count: 1, example: record });
        }
    }
    return { failures: [...failures.values()], seen };
}

const clone = (o) => JSON.parse(JSON.stringify(o));

/// A copy of \p spec without the response \p status of the operation a record met: the record
/// must now be refused for an undocumented status.
function breakStatus(contract, records) {
    for (const record of records) {
        const op = contract.operationOf(record);
        if (op.unrouted || !(String(record.status) in (op.operation.responses ?? {})))
            continue;
        const spec = clone(contract.spec);
        const item = resolveRef(spec, spec.paths[op.template]);
        delete item[op.method].responses[String(record.status)];
        return { what: `without the status ${record.status} of ${record.method.toUpperCase()} ${op.template}`,
            spec, record, expect: `the status ${record.status} is not documented` };
    }
    return null;
}

/// A copy of \p spec without one field of a component schema that a recorded body has: the
/// record must now be refused for an undocumented field.
function breakField(contract, records, tools) {
    const schemas = contract.spec.components?.schemas ?? {};
    const names = Object.keys(schemas).filter((n) => schemas[n]?.properties);
    const samples = records.filter((r) => r.status >= 200 && r.status < 300 &&
        (r.headers?.['content-type'] ?? '').includes('json') && r.body &&
        contract.check(r).problems.length === 0).slice(0, 200);
    for (const name of names) {
        for (const field of Object.keys(schemas[name].properties)) {
            const record = samples.find((r) => r.body.includes(`"${field}"`) &&
                r.body.includes(`"${field}":`));
            if (!record)
                continue;
            const spec = clone(contract.spec);
            const s = spec.components.schemas[name];
            delete s.properties[field];
            if (Array.isArray(s.required))
                s.required = s.required.filter((r) => r !== field);
            const broken = new Contract(spec, tools);
            const { problems } = broken.check(record);
            if (problems.some((p) => p.includes(`'${field}'`) && p.includes('not documented')))
                return { what: `without the field ${name}.${field}`, spec, record,
                    expect: `the field '${field}'` };
        }
    }
    return null;
}

function main(argv) {
    const args = argv.slice(2);
    let specPath = null;
    let brokenCopies = true;
    const logs = [];
    for (let i = 0; i < args.length; i++) {
        if (args[i] === '--spec')
            specPath = args[++i];
        else if (args[i] === '--no-broken-copies')
            brokenCopies = false;
        else
            logs.push(args[i]);
    }
    if (!specPath || logs.length === 0) {
        console.error('usage: validate.mjs --spec openapi.yaml [--no-broken-copies] LOG...');
        return 2;
    }
    const tools = loadTools();
    const spec = tools.YAML.parse(fs.readFileSync(specPath, 'utf8'));
    if (!String(spec.openapi ?? '').startsWith('3.1'))
        throw new Error(`${specPath} is not an OpenAPI 3.1 document (openapi: ${spec.openapi})`);
    const { files, records } = readLogs(logs);
    if (records.length === 0)
        throw new Error(`the contract logs hold no response (${files.length} files): ` +
            'the HTTP suites must run first, with LATCHKEY_CONTRACT_LOG set (ctest sets it)');

    const contract = new Contract(spec, tools);
    const open = openSchemas(spec);
    const { failures, seen } = checkAll(contract, records);
    const operations = contract.operations();
    const unexercised = operations.filter((o) => !seen.has(o));
    console.log(`contract: ${records.length} responses from ${files.length} suites against ` +
        `${path.basename(specPath)}; ${operations.length - unexercised.length} of ` +
        `${operations.length} documented operations exercised`);
    if (unexercised.length)
        console.log(`contract: not exercised by any suite: ${unexercised.join(', ')}`);

    let passed = 0;
    let failed = 0;
    if (open.length) {
        for (const where of open)
            console.error(`FAIL the schema at ${where} has properties but lets any other field ` +
                'through: say additionalProperties (false, or what a map holds)');
        failed++;
    } else {
        console.log('PASS every object schema says what other fields it takes');
        passed++;
    }
    if (failures.length) {
        for (const f of failures) {
            const e = f.example;
            console.error(`FAIL ${f.key}: ${f.problem} (${f.count}×; first in ${e.suite}::${e.test}, ` +
                `${e.method} ${e.path})`);
        }
        failed++;
    } else {
        console.log('PASS every recorded response matches the document');
        passed++;
    }

    if (brokenCopies) {
        for (const broken of [breakStatus(contract, records), breakField(contract, records, tools)]) {
            if (!broken) {
                console.error('FAIL could not make a broken copy: no recorded response to break it with');
                failed++;
                continue;
            }
            const { problems } = new Contract(broken.spec, tools).check(broken.record);
            const hit = problems.find((p) => p.includes(broken.expect));
            if (hit) {
                console.log(`PASS a copy ${broken.what} is refused: ${hit} ` +
                    `(${broken.record.method} ${broken.record.path})`);
                passed++;
            } else {
                console.error(`FAIL a copy ${broken.what} was not refused for ` +
                    `${broken.record.method} ${broken.record.path}: ${problems.join('; ') || 'no problem found'}`);
                failed++;
            }
        }
    }
    console.log(`contract: ${passed} passed, ${failed} failed`);
    return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    try {
        process.exitCode = main(process.argv);
    } catch (e) {
        console.error(`contract: ${e.message}`);
        process.exitCode = 1;
    }
}
