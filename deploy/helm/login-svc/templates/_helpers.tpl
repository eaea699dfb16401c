{{/* The chart's name, or nameOverride. */}}
{{- define "login-svc.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-qualified name: fullnameOverride, else <release>-<name>, or the
release name alone when it already contains the chart's name. */}}
{{- define "login-svc.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "login-svc.selectorLabels" -}}
app.kubernetes.io/name: {{ include "login-svc.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "login-svc.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "login-svc.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "login-svc.secretname" -}}
{{- default (include "login-svc.fullname" .) .Values.secret.nameOverride }}
{{- end }}

{{/* The two secrets: given values first, then what an earlier release
stored (so `helm upgrade` keeps them), then 32 new random characters. */}}
{{- define "login-svc.secretData" -}}
{{- $existing := (lookup "v1" "Secret" .Release.Namespace (include "login-svc.secretname" .)).data | default dict }}
{{- $given := .Values.config.secrets | default dict }}
{{- $cookie := $given.cookie | default (get $existing "secretsCookie" | b64dec) | default (randAlphaNum 32) }}
{{- $csrf := $given.csrfCookie | default (get $existing "secretsCSRFCookie" | b64dec) | default (randAlphaNum 32) -}}
secretsCookie: {{ $cookie | b64enc | quote }}
secretsCSRFCookie: {{ $csrf | b64enc | quote }}
{{- end }}

{{/*
PUBLIC_URL: publicUrl, else the first ingress host (https with tls).
*/}}
{{- define "login-svc.publicUrl" -}}
{{- if .Values.publicUrl -}}
{{- .Values.publicUrl -}}
{{- else if and .Values.ingress.enabled .Values.ingress.hosts -}}
{{- printf "http%s://%s" (ternary "s" "" (not (empty .Values.ingress.tls))) (index .Values.ingress.hosts 0).host -}}
{{- end -}}
{{- end -}}
