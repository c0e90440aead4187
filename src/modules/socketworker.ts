// The body of the network worker of _socket.ts (see socketnet.ts): Node's sockets live in this
// node:worker_threads Worker, whose event loop runs while the interpreter's thread is busy or asleep.
// The function is started from its own source text (socketnet.ts: `(${netWorker})(require)` with eval: true),
// so it must be self-contained: no imports, no names from this module, every constant inside; it
// gets `require` as an argument (a call of `require` itself would be rewritten by the bundler).
//
// Requests come on `req`: most are posted and forgotten (write, close, listen...); those the interpreter
// waits for (bind, lookup, flush, the close of a listening AF_UNIX socket) get their answer on `req` too,
// after which ctl[0] is set and notified.
// Everything that happens to a socket (data, a connection to accept, EOF, an error, written bytes) is
// posted on `ev`, then the wake counter (wake[0]) is bumped and notified: the interpreter drains `ev`
// only when that counter moved, and a sleeping interpreter wakes up.

/* eslint-disable @typescript-eslint/no-explicit-any */
export function netWorker(rq: (id: string) => any): void {
  const { workerData } = rq('node:worker_threads');
  const net = rq('node:net');
  const dgram = rq('node:dgram');
  const dns = rq('node:dns');
  const os = rq('node:os');
  const fs = rq('node:fs');
  const ctl: Int32Array = workerData.ctl;
  const wake: Int32Array = workerData.wake;
  const req = workerData.req;
  const ev = workerData.ev;
  const errnos: Record<string, number> = os.constants.errno;
  /** Unread bytes the interpreter may hold for a socket before this side stops reading it. */
  const HIGH = 4 << 20;
  const LOW = 1 << 20;
  // Accepted connections get negative ids (the interpreter numbers the sockets it makes).
  let nextId = -1;
  const handles = new Map<number, any>();

  const errnoOf = (e: any): number => {
    if (e && typeof e.code === 'string' && errnos[e.code] !== undefined) return errnos[e.code];
    if (e && typeof e.errno === 'number') return Math.abs(e.errno);
    // Node's own argument checks (ERR_INVALID_ARG_VALUE: a path with a NUL inside, say).
    if (e && typeof e.code === 'string' && e.code.startsWith('ERR_')) return 22; // EINVAL
    return 5; // EIO
  };
  const emit = (m: any): void => {
    ev.postMessage(m);
    Atomics.add(wake, 0, 1);
    Atomics.notify(wake, 0);
  };
  const reply = (m: any): void => {
    req.postMessage(m);
    Atomics.store(ctl, 0, 1);
    Atomics.notify(ctl, 0);
  };
  const addr = (a: any): any => (a && typeof a === 'object' && a.port !== undefined ? { host: a.address, port: a.port } : null);

  /** Pass a stream socket's events on. */
  const wire = (id: number, s: any): void => {
    const h = { s, server: null, emitted: 0, consumed: 0, paused: false, closing: false };
    handles.set(id, h);
    s.setNoDelay(true);
    s.on('data', (b: Uint8Array) => {
      h.emitted += b.length;
      emit({ t: 'data', id, data: b });
      if (!h.paused && h.emitted - h.consumed > HIGH) {
        h.paused = true;
        s.pause();
      }
    });
    s.on('end', () => emit({ t: 'end', id }));
    s.on('error', (e: any) => emit({ t: 'err', id, errno: errnoOf(e) }));
    s.on('close', () => {
      if (handles.get(id) === h) handles.delete(id);
    });
  };

  const listen = (id: number, m: any): void => {
    const server = net.createServer({ allowHalfOpen: true });
    const h = { s: null, server, emitted: 0, consumed: 0, paused: false, closing: false, local: null as any, path: m.path };
    handles.set(id, h);
    server.once('error', (e: any) => {
      handles.delete(id);
      reply({ errno: errnoOf(e) });
    });
    server.on('connection', (s: any) => {
      const nid = nextId--;
      wire(nid, s);
      emit({ t: 'conn', id, nid, local: addr(s.address()), remote: addr({ address: s.remoteAddress, port: s.remotePort }) });
    });
    const done = (): void => {
      server.removeAllListeners('error');
      server.on('error', (e: any) => emit({ t: 'err', id, errno: errnoOf(e) }));
      h.local = server.address();
      reply({ local: typeof h.local === 'string' ? null : addr(h.local) });
    };
    if (m.path !== undefined) server.listen({ path: m.path, backlog: 4096 }, done);
    else server.listen({ host: m.host, port: m.port, exclusive: true, backlog: 4096, ipv6Only: m.v6only === true }, done);
  };

  const udp = (id: number, m: any): void => {
    const s = dgram.createSocket({ type: m.family === 10 ? 'udp6' : 'udp4', ipv6Only: m.v6only === true });
    const h = { s, server: null, emitted: 0, consumed: 0, paused: false, closing: false, udp: true };
    handles.set(id, h);
    s.once('error', (e: any) => {
      handles.delete(id);
      reply({ errno: errnoOf(e) });
    });
    s.on('message', (b: Uint8Array, r: any) => emit({ t: 'msg', id, data: b, from: { host: r.address, port: r.port } }));
    s.bind({ address: m.host, port: m.port, exclusive: true }, () => {
      s.removeAllListeners('error');
      s.on('error', (e: any) => emit({ t: 'err', id, errno: errnoOf(e) }));
      reply({ local: addr(s.address()) });
    });
  };

  const close = (id: number): void => {
    const h = handles.get(id);
    if (h === undefined) return;
    handles.delete(id);
    if (h.server !== null && typeof h.path === 'string' && !h.path.startsWith('\0')) closeKeepingFile(h.server, h.path);
    else if (h.server !== null) h.server.close();
    if (h.udp) h.s.close();
    else if (h.s !== null) {
      // Written data still queued here goes out first, as the kernel would send it after close().
      if (h.s.writableLength > 0 && !h.s.destroyed) h.s.end(() => h.s.destroy());
      else h.s.destroy();
    }
  };

  /**
   * Close a listening AF_UNIX server and leave its socket file where it was, as close(2) leaves it (libuv
   * unlinks it): a hard link keeps the inode through the close and is renamed back.
   */
  const closeKeepingFile = (server: any, path: string): void => {
    const keep = `${path}.${process.pid}.closing`;
    let linked = false;
    try {
      fs.linkSync(path, keep);
      linked = true;
    } catch {
      /* gone already, or a directory where links cannot go: closed as libuv closes it */
    }
    server.close();
    if (!linked) return;
    try {
      fs.renameSync(keep, path);
    } catch {
      try { fs.unlinkSync(keep); } catch { /* nothing left */ }
    }
  };

  const flush = (): void => {
    let left = 0;
    for (const h of handles.values()) if (h.s !== null && !h.udp && !h.s.destroyed && h.s.writableLength > 0) left++;
    if (left === 0) reply({});
    else setTimeout(flush, 5);
  };

  req.on('message', (m: any) => {
    try {
      handle(m);
    } catch (e) {
      // Node threw at once (a bad argument): the interpreter must not wait forever for an answer.
      if (m.op === 'bind' || m.op === 'udp' || m.op === 'lookup' || m.op === 'flush' || m.wait === true) reply({ errno: errnoOf(e) });
      else emit({ t: 'err', id: m.id, errno: errnoOf(e) });
    }
  });

  function handle(m: any): void {
    const id: number = m.id;
    const h = handles.get(id);
    switch (m.op) {
      case 'write':
        if (h === undefined || h.s === null || h.s.destroyed) return;
        h.s.write(m.data, (e: any) => {
          if (!e) emit({ t: 'drain', id, n: m.data.length });
        });
        return;
      case 'connect': {
        if (h !== undefined && h.server !== null) {
          // Bound before connecting: give up the listening socket, connect from its address.
          h.server.close();
          handles.delete(id);
        }
        const opts: any = m.path !== undefined ? { path: m.path } : { host: m.host, port: m.port, family: m.family === 10 ? 6 : 4 };
        if (m.localHost !== undefined) {
          opts.localAddress = m.localHost;
          opts.localPort = m.localPort;
        }
        opts.allowHalfOpen = true;
        const s = net.connect(opts);
        wire(id, s);
        s.once('connect', () => emit({ t: 'connected', id, local: addr(s.address()), remote: addr({ address: s.remoteAddress, port: s.remotePort }) }));
        return;
      }
      case 'bind':
        listen(id, m);
        return;
      case 'udp':
        udp(id, m);
        return;
      case 'sendto':
        if (h === undefined || !h.udp) return;
        h.s.send(m.data, m.port, m.host, (e: any) => {
          if (e) emit({ t: 'err', id, errno: errnoOf(e) });
        });
        return;
      case 'consumed':
        if (h === undefined) return;
        h.consumed += m.n;
        if (h.paused && h.emitted - h.consumed < LOW) {
          h.paused = false;
          h.s.resume();
        }
        return;
      case 'shutdown':
        if (h !== undefined && h.s !== null && !h.udp) h.s.end();
        return;
      case 'close':
        close(id);
        if (m.wait === true) reply({});
        return;
      case 'lookup':
        dns.lookup(m.host, { all: true, family: m.family === 2 ? 4 : m.family === 10 ? 6 : 0 }, (e: any, list: any[]) => {
          if (e) reply({ code: e.code });
          else reply({ list: list.map((a) => [a.family === 6 ? 10 : 2, a.address]) });
        });
        return;
      case 'flush':
        flush();
        return;
    }
  }
}
