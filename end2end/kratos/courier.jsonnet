// Everything Kratos knows about the message, posted as JSON to the mail
// sink; the tests read the one-time code from template_data.
function(ctx) {
  recipient: ctx.recipient,
  subject: ctx.subject,
  template_type: ctx.template_type,
  template_data: ctx.template_data,
}
