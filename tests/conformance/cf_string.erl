-module(cf_string).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    S = I("  Hello, World!  "),
    B = I(<<"  Hello, World!  ">>),
    p(trim, [string:trim(S), string:trim(S, leading), string:trim(S, trailing), string:trim(B),
             string:trim("xxabcxx", both, "x"), string:trim("\t\n x \r\n"), string:trim(<<"..a..">>, both, ".")]),
    p(length, [string:length(S), string:length(B), string:length(""), string:length(<<"héllo"/utf8>>)]),
    p(case_conv, [string:uppercase("abc äö") =:= [$A, $B, $C, $\s, 196, 214], string:lowercase(<<"ABC">>), string:titlecase("hello world"),
                  string:casefold("HeLLo"), string:uppercase(<<"straße"/utf8>>) =:= <<"STRASSE">>]),
    p(split, [string:split("a,b,c", ","), string:split("a,b,c", ",", all), string:split("a,b,c", ",", trailing),
              string:split(<<"k=v=w">>, "="), string:split("abc", "x"), string:split("", ","),
              string:split("a,,b", ",", all)]),
    p(lexemes, [string:lexemes("a b  c", " "), string:lexemes(<<"1,2;3">>, ",;"), string:lexemes("", " ")]),
    p(tokens, [string:tokens("a b  c", " "), string:tokens("1,2;3", ",;"), string:tokens("", ",")]),
    p(join, [string:join(["a", "b", "c"], ", "), string:join([], ",")]),
    p(find, [string:find("hello world", "o"), string:find("hello world", "o", trailing), string:find("abc", "z"),
             string:find(<<"abcabc">>, "bc"), string:find("abc", "")]),
    p(prefix, [string:prefix("foobar", "foo"), string:prefix("foobar", "bar"), string:prefix(<<"foobar">>, "foo")]),
    p(replace, [string:replace("a-b-c", "-", "+"), string:replace("a-b-c", "-", "+", all),
                string:replace("a-b-c", "-", "+", trailing), string:replace(<<"aXbXc">>, "X", "", all)]),
    p(slice, [string:slice("hello", 1), string:slice("hello", 1, 3), string:slice("hello", 10), string:slice(<<"hello">>, 2, 2)]),
    p(pad, [string:pad("ab", 5), string:pad("ab", 5, leading), string:pad("ab", 5, both), string:pad("ab", 6, both, $*),
            string:pad("abcdef", 3)]),
    p(reverse, [string:reverse("abc"), string:reverse(<<"abc">>)]),
    p(equal, [string:equal("abc", <<"abc">>), string:equal("abc", "ABC", true), string:equal("a", "b")]),
    p(is_empty, [string:is_empty(""), string:is_empty(<<>>), string:is_empty([[], <<>>]), string:is_empty(" ")]),
    p(next, [string:next_grapheme("abc"), string:next_codepoint(<<"xyz">>), string:next_grapheme(""),
             string:next_grapheme("\r\nx")]),
    p(chomp, [string:chomp("line\n"), string:chomp("line\r\n"), string:chomp(<<"x\n\n">>)]),
    p(take, [string:take("aaabc", "a"), string:take("aaabc", "a", true), string:take("  x", " ", false, trailing)]),
    p(to_graphemes, string:to_graphemes("ab\r\nc")),
    p(old_api, [string:str("hello", "ll"), string:rstr("hello", "l"), string:chr("hello", $l), string:rchr("hello", $l),
                string:substr("hello", 2, 3), string:sub_string("hello", 2), string:left("ab", 4, $.), string:right("ab", 4, $.),
                string:centre("ab", 6), string:copies("ab", 3), string:words("a b  c"), string:sub_word("a b c", 2),
                string:strip("  x  "), string:strip("..x..", both, $.), string:to_upper("abc"), string:to_lower("ABC"),
                string:span("aabbc", "ab"), string:cspan("aabbc", "c"), string:concat("ab", "cd")]),
    p(to_number, [string:to_integer("42 rest"), string:to_float("3.5x"), string:to_integer(<<"-8">>)]),
    p(chardata, [string:trim(["  a", <<"b  ">>]), string:length(["ab", [<<"c">>], $d])]),
    ok.
