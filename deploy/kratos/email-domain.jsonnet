// Body of Kratos' web_hook for Vestibule's email-domain check
// (POST <vestibule>/api/hooks/email-domain): only the address. Kratos
// passes the flow, request headers and cookies in ctx too; none of them
// leaves Kratos.
function(ctx) {
  identity: {
    traits: {
      email: ctx.identity.traits.email,
    },
  },
}
