-module(cf_uri_string).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    Uris = ["http://user:pw@example.com:8080/path/to?q=1&r=2#frag", <<"https://example.org">>, "mailto:joe@example.com",
            "/relative/path?x", "foo://[::1]:80/p", "file:///etc/hosts", "http://example.com/%20space", "urn:isbn:0451450523",
            "http://a/b/c/d;p?q", "", "?q=only", "#frag", "http://ex ample.com"],
    lists:foreach(fun(U) -> p(parse, uri_string:parse(I(U))) end, Uris),
    p(recompose, [uri_string:recompose(I(#{scheme => "http", host => "h", port => 80, path => "/p", query => "a=b"})),
                  uri_string:recompose(I(#{scheme => <<"https">>, host => <<"x.y">>, path => <<>>})),
                  uri_string:recompose(I(#{path => "a/b", fragment => "f"}))]),
    p(normalize, [uri_string:normalize(I(U)) || U <- ["HTTP://Example.COM:80/a/./b/../c", "https://h:443/%7efoo", "http://h/a%2fb",
                                                      <<"mailto:Joe@Example.com">>]]),
    p(resolve, [uri_string:resolve(I(R), "http://a/b/c/d;p?q") || R <- ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "..", "../g", "../../../g"]]),
    p(compose_query, [uri_string:compose_query(I([{"foo bar", "1"}, {"city", "örebro"}])), uri_string:compose_query(I([{<<"a">>, true}, {<<"b">>, <<"&">>}])),
                      uri_string:compose_query(I([{"x", "y"}]), [{encoding, latin1}])]),
    p(dissect_query, [uri_string:dissect_query(I("foo+bar=1&city=%41rebro&p=%2B%20")), uri_string:dissect_query(I(<<"a&b=&=c">>)),
                      uri_string:dissect_query(I("bad=%ZZ"))]),
    p(transcode, uri_string:transcode(I(<<"foo%F6bar">>), [{in_encoding, latin1}, {out_encoding, utf8}])),
    ok.
