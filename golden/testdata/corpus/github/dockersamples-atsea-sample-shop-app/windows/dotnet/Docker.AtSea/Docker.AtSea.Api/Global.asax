<%@ Application Codebehind="Global.asax.cs" Inherits="Docker.AtSea.Api.WebApiApplication" Language="C#" %>
