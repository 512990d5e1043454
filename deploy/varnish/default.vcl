# Varnish 7.1 (Debian's varnish package) in front of the portal: `make serve-edge`, docs/operations.md.
#
# Caches what the portal marks `Cache-Control: public` (anonymous pages, for s-maxage), passes everything
# else: the admin, documents, the API, anything with a session or messages cookie or an Authorization
# header, and every response that is private or sets a cookie. The portal sends a PURGE on every
# visible change (wagtail.contrib.frontend_cache, EDGE_CACHE_PURGE_URL); a purge bans the whole host,
# because publishing one page changes navigation, listings and related content on others.
vcl 4.1;

backend portal {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

# Who may purge: the application servers. Add their addresses when they run on other hosts.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        ban("obj.http.x-portal-host == " + req.http.host);
        return (synth(200, "Purged"));
    }

    # The edge cache's switch: set this to "off" to pass every request to the portal.
    set req.http.x-edge-cache = "on";
    if (req.http.x-edge-cache == "off") {
        return (pass);
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents|api)(/|$)" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Other cookies (the CSRF cookie) do not change an anonymous page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Remembered on the object so that a ban can find it without a request (lurker-friendly).
    set beresp.http.x-portal-host = bereq.http.host;
    if (beresp.http.Cache-Control !~ "(^|,\s*)public(\s*,|$)" || beresp.http.Set-Cookie) {
        # Not shareable: fetch it for each request, and remember that for two minutes.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.x-portal-host;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
