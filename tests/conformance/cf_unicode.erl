-module(cf_unicode).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~w~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    p(to_binary, [unicode:characters_to_binary(I(X)) || X <- ["abc", [233, 8364, 128512], [<<"ab">>, [$c, [100]]], <<"xyz">>, [], [[], <<>>]]]),
    p(to_binary_latin1_in, [unicode:characters_to_binary(I(<<233, 255>>), latin1), unicode:characters_to_binary(I([233]), latin1, utf8),
                             unicode:characters_to_binary(I([233, 255]), unicode, latin1)]),
    p(to_binary_errors, [unicode:characters_to_binary(I([97, 16#D800, 98])), unicode:characters_to_binary(I([97, -1])),
                          unicode:characters_to_binary(I([97, 256]), unicode, latin1),
                          t(fun() -> unicode:characters_to_binary(I(atom)) end),
                          unicode:characters_to_binary(I([$a, <<255, $b>>])),
                          unicode:characters_to_binary(I(<<$a, 16#E2, 16#82>>))]),
    p(to_list, [unicode:characters_to_list(I(X)) || X <- [<<"abc">>, <<195, 169, 226, 130, 172>>, [<<"a">>, "b"], <<>>]]),
    p(to_list_latin1, [unicode:characters_to_list(I(<<233, 255>>), latin1)]),
    p(to_list_errors, [unicode:characters_to_list(I(<<97, 255, 98>>)), unicode:characters_to_list(I(<<97, 195>>)),
                        unicode:characters_to_list(I([1, 16#110000]))]),
    p(utf16_32, [unicode:characters_to_binary(I("a€"), unicode, utf16), unicode:characters_to_binary(I("a€"), unicode, {utf16, little}),
                 unicode:characters_to_binary(I("a😀"), unicode, utf32), unicode:characters_to_binary(I("a😀"), unicode, {utf32, little}),
                 unicode:characters_to_list(I(<<0, 97, 216, 61, 222, 0>>), utf16),
                 unicode:characters_to_list(I(<<97, 0, 0, 0>>), {utf32, little})]),
    p(bom, [unicode:encoding_to_bom(E) || E <- [utf8, {utf16, big}, {utf16, little}, {utf32, big}, {utf32, little}, latin1]]),
    p(bom_to_enc, [unicode:bom_to_encoding(I(B)) || B <- [<<239, 187, 191, 1>>, <<254, 255>>, <<255, 254, 0, 0>>, <<1, 2>>]]),
    p(normalize, [unicode:characters_to_nfd_list(I([233])), unicode:characters_to_nfc_list(I([101, 769])),
                  unicode:characters_to_nfkc_list(I([16#FB01])), unicode:characters_to_nfd_binary(I(<<"é"/utf8>>)),
                  unicode:characters_to_nfc_binary(I([<<"e">>, 769]))]),
    p(incomplete_chunks, unicode:characters_to_binary(I([<<$a, 226>>, <<130, 172>>]))),
    p(list_to_binary_vs_utf8, [list_to_binary(I([233])), unicode:characters_to_binary(I([233]))]),
    p(binary_to_list_utf8, [binary_to_list(I(<<"é"/utf8>>)), unicode:characters_to_list(I(<<"é"/utf8>>))]),
    p(atom_utf8, [atom_to_binary(I('é')), atom_to_binary(I('é'), latin1), atom_to_list(I('😀')),
                  t(fun() -> atom_to_binary(I('😀'), latin1) end), binary_to_atom(I(<<195, 169>>)) =:= 'é',
                  binary_to_atom(I(<<233>>), latin1) =:= 'é']),
    p(string_len, [string:length(I(<<"e", 204, 129, "x">>)), length(unicode:characters_to_list(I(<<"e", 204, 129, "x">>)))]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
